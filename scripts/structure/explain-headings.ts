/**
 * Prints every heading the parser scores in one digest, with its score and the signals that made it:
 * `npx tsx scripts/structure/explain-headings.ts FILE.txt`.
 */
import { readFileSync } from 'node:fs';
import { splitLines } from '../../src/core/parse/01-split-lines.ts';
import { classifyLines } from '../../src/core/parse/02-classify-lines.ts';
import { groupBlocks } from '../../src/core/parse/03-group-blocks.ts';
import { findHeadlines } from '../../src/core/parse/04-find-headlines.ts';
import { HEADING_FEATURES, headingFeatures } from '../../src/core/parse/heading-features.ts';
import calibrated from '../../src/core/parse/lexicon/structure-weights.json' with { type: 'json' };
import { normalizeText } from '../../src/core/text/normalize-text.ts';

const file = process.argv[2];
if (!file) throw new Error('usage: explain-headings.ts FILE.txt');
const weights: Partial<Record<string, number>> = calibrated.weights;
findHeadlines(groupBlocks(classifyLines(splitLines(normalizeText(readFileSync(file, 'utf8'))))), {
  onScore: (context, score, line) => {
    const features = headingFeatures(context);
    const parts = HEADING_FEATURES.filter((f) => features[f] !== 0)
      .map((f) => `${f}=${(features[f] * (weights[f] ?? 0)).toFixed(2)}`)
      .join(' ');
    console.log(
      `${String(line).padStart(4)} ${score.toFixed(2).padStart(6)} ${context.text.slice(0, 60)}\n       ${parts}`,
    );
  },
});
