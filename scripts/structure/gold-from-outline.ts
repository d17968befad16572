/**
 * Writes a hand-labelled digest from an outline: in FILE, a line starting with `# ` is a story headline and one
 * starting with `## ` a section sub-heading (the labeller's decision, not the model's). The markers are stripped to
 * make OUT.txt, and the outline's reading (line numbers are unchanged) becomes OUT.gold.json.
 *
 *   npx tsx scripts/structure/gold-from-outline.ts FILE OUT
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import { structureOf } from './labelled-digests.ts';

const [file, out] = process.argv.slice(2);
if (!file || !out) throw new Error('usage: gold-from-outline.ts FILE OUT');
const outline = readFileSync(file, 'utf8');
const doc = parseDocument(outline, { source: file });
const gold = {
  source: `${basename(out)}.txt`,
  about:
    'Reference structure written by hand (structure only: stories, sections, paragraph lines, boilerplate); no entities. Invented text.',
  ...structureOf(doc),
};
writeFileSync(`${out}.txt`, outline.replace(/^#{1,2} /gmu, ''));
writeFileSync(`${out}.gold.json`, `${JSON.stringify(gold, null, 2)}\n`);
console.log(`wrote ${out}.txt and ${out}.gold.json: ${gold.stories.length} stories`);
