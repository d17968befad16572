/**
 * Calibrates the weights of the headline model (`src/core/parse/heading-features.ts`) on labelled digests and
 * writes them to `src/core/parse/lexicon/structure-weights.json`.
 *
 *   npx tsx scripts/structure/calibrate-structure.ts [--dry-run]
 *
 * Method: L2-regularized logistic regression, fitted by gradient descent, over the signals of every heading in the
 * training digests (tests/fixtures/digests, tests/fixtures/structure, the seed) and of digests made by joining them
 * two or three at a time. The development set (../shared/eval/dev) is never fitted: it is only measured. Before
 * writing, it reports leave-one-digest-out figures: each training digest is parsed with weights fitted without it
 * (nor any joined digest that contains it), and the share read exactly is printed.
 */
import { writeFileSync } from 'node:fs';
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import { HEADING_FEATURES } from '../../src/core/parse/heading-features.ts';
import type { StructureWeights } from '../../src/core/parse/headline-score.ts';
import { combineDigests, type Labelled } from './combine-digests.ts';
import { compareStructure } from './compare-structure.ts';
import { headingExamples, type HeadingExample } from './heading-examples.ts';
import { labelledDigests, type LabelledDigest } from './labelled-digests.ts';

const OUT = new URL('../../src/core/parse/lexicon/structure-weights.json', import.meta.url);
/** L2 penalty: keeps weights of rare signals small rather than fitting one digest's quirks. */
const LAMBDA = Number(process.env.LAMBDA ?? 0.001);
const STEPS = 4000;
const RATE = 0.5;
/** Weight of the examples from joined digests against those of the digests as written (1: the same). */
const JOINED_WEIGHT = Number(process.env.JOINED_WEIGHT ?? 1);

/** Logistic regression; positives and negatives weigh the same in total, as both errors break a digest. */
function fit(examples: readonly HeadingExample[]): StructureWeights {
  const n = HEADING_FEATURES.length;
  const w = new Array<number>(n).fill(0);
  let b = 0;
  const positives = examples.filter((e) => e.label === 1).length;
  const negatives = examples.length - positives;
  const weightOf = (label: number): number =>
    label === 1
      ? examples.length / (2 * Math.max(1, positives))
      : examples.length / (2 * Math.max(1, negatives));
  for (let step = 0; step < STEPS; step++) {
    const grad = new Array<number>(n).fill(0);
    let gb = 0;
    for (const e of examples) {
      let z = b;
      for (let k = 0; k < n; k++) z += (w[k] ?? 0) * (e.features[k] ?? 0);
      const p = 1 / (1 + Math.exp(-z));
      const d = (p - e.label) * weightOf(e.label) * (e.digest.includes('+') ? JOINED_WEIGHT : 1);
      for (let k = 0; k < n; k++) grad[k] = (grad[k] ?? 0) + d * (e.features[k] ?? 0);
      gb += d;
    }
    for (let k = 0; k < n; k++)
      w[k] = (w[k] ?? 0) - RATE * ((grad[k] ?? 0) / examples.length + LAMBDA * (w[k] ?? 0));
    b -= (RATE * gb) / examples.length;
  }
  const weights: Record<string, number> = {};
  HEADING_FEATURES.forEach((f, k) => {
    weights[f] = Math.round((w[k] ?? 0) * 1000) / 1000;
  });
  return { bias: Math.round(b * 1000) / 1000, weights };
}

/** Parses with the given weights and tells whether the structure is exact. */
function exact(digest: Labelled, model: StructureWeights): string[] {
  const doc = parseDocument(digest.text, { source: 'x.txt', model });
  return compareStructure(doc, digest.gold);
}

interface Piece extends Labelled {
  name: string;
  parts: string[];
}

/** The training digests as they are, and joined two or three at a time (each once, in a fixed order). */
function trainingPieces(train: readonly LabelledDigest[]): Piece[] {
  const pieces: Piece[] = train.map((d) => ({ name: d.name, parts: [d.name], text: d.text, gold: d.gold }));
  const k = train.length;
  for (let i = 0; i < k; i++) {
    for (const [step, separator] of [
      [1, '\n\n'],
      [3, '\n\n\n'],
    ] as const) {
      const group = [
        train[i],
        train[(i + step) % k],
        ...(i % 2 === 0 ? [train[(i + 2 * step + 1) % k]] : []),
      ];
      const parts = group.filter((d): d is LabelledDigest => d !== undefined);
      if (new Set(parts.map((p) => p.name)).size < parts.length) continue;
      pieces.push({
        name: parts.map((p) => p.name).join('+'),
        parts: parts.map((p) => p.name),
        ...combineDigests(parts, separator),
      });
    }
  }
  return pieces;
}

const examplesOf = (pieces: readonly Piece[]): HeadingExample[] =>
  pieces.flatMap((p) => headingExamples(p.name, p.text, p.gold));

const withDev = process.argv.includes('--with-dev');
const digests = labelledDigests();
const train = digests.filter((d) => d.set === 'train' || withDev);
const dev = digests.filter((d) => d.set === 'dev');
const heldout = digests.filter((d) => d.set === 'heldout');
const pieces = trainingPieces(train);
const all = examplesOf(pieces);
console.log(
  `${train.length} training digests (+${pieces.length - train.length} joined), ${all.length} headings, ${all.filter((e) => e.label === 1).length} open a story`,
);

// Leave one digest out: fit without it (and without the joined digests holding it), read it.
let held = 0;
for (const digest of process.argv.includes('--no-holdout') ? [] : train) {
  const model = fit(examplesOf(pieces.filter((p) => !p.parts.includes(digest.name))));
  const diff = exact(digest, model);
  if (diff.length === 0) held++;
  else console.log(`  held out, DIFFERS: ${digest.name}: ${diff.slice(0, 4).join('; ')}`);
}
console.log(`leave-one-digest-out: ${held}/${train.length} exact`);

const model = fit(all);
let devExact = 0;
for (const digest of dev) {
  const diff = exact(digest, model);
  if (diff.length === 0) devExact++;
  console.log(
    `dev ${diff.length === 0 ? 'EXACT  ' : 'DIFFERS'} ${digest.name} ${diff.slice(0, 4).join('; ')}`,
  );
}
console.log(
  `dev (${withDev ? 'fitted too: see leave-one-out above' : 'never fitted'}): ${devExact}/${dev.length} exact`,
);
let heldoutExact = 0;
for (const digest of heldout) {
  const diff = exact(digest, model);
  if (diff.length === 0) heldoutExact++;
  else console.log(`heldout DIFFERS ${digest.name} ${diff.slice(0, 4).join('; ')}`);
}
console.log(`held-out invented digests (never fitted): ${heldoutExact}/${heldout.length} exact`);
const trainExact = pieces.filter((p) => exact(p, model).length === 0).length;
console.log(`training digests and joins, fitted: ${trainExact}/${pieces.length} exact`);
console.log(JSON.stringify(model, null, 2));
if (!process.argv.includes('--dry-run')) {
  writeFileSync(OUT, `${JSON.stringify(model, null, 2)}\n`);
  console.log(`wrote ${OUT.pathname}`);
}
