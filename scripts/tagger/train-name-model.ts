/**
 * Trains the name model (`src/core/entities/model/name-model.json`) on the GUM corpus's entity annotation:
 *
 *   npx tsx scripts/tagger/train-name-model.ts [GUM_DIR]     (or GUM_DIR=… ; default /work/.mirror/amir-zeldes+gum/repo)
 *
 * GUM_DIR is a clone of https://github.com/amir-zeldes/gum, checked out or bare. Our own tokenizer and chunker run
 * over GUM's paragraphs, and each run of capitals is labelled from GUM's mentions, so the model learns on the spans it
 * will see at run time. Prints 5-fold cross-validation by document, then writes the weights trained on every document.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tokenize } from '../../src/core/entities/01-tokenize.ts';
import { matchGazetteer } from '../../src/core/entities/02-gazetteer.ts';
import { matchContextRules } from '../../src/core/entities/03-context-rules.ts';
import { lowerCaseKeys, nameFeatures } from '../../src/core/entities/model/name-features.ts';
import { nameSpans } from '../../src/core/entities/model/name-spans.ts';
import { holdsOnlyShorterKnownNames, overlapIndex } from '../../src/core/entities/model/apply-name-model.ts';
import type { NameModel } from '../../src/core/entities/model/classify-name.ts';
import { readConllu, type GoldDocument } from './read-conllu.ts';
import { CLASSES, labelSpan } from './label-spans.ts';
import { probabilities, random, trainSoftmax, type Example } from './softmax-regression.ts';

/**
 * Genres whose text licence lets us ship weights derived from it without a non-commercial clause (GUM's LICENSE.txt):
 * academic CC BY 4.0, bio CC BY-SA 3.0 (Wikipedia), court CC BY 4.0, interview CC BY 2.5 (Wikinews), voyage CC BY-SA
 * 3.0 (Wikivoyage). Left out: essay, fiction, letter, podcast, whow (BY-NC-SA); reddit (non-commercial, text not
 * included); conversation, speech, textbook, vlog and GENTLE (no licence in LICENSE.txt to check); and news, always:
 * `../shared/eval/dev` is made of GUM_news documents, so training on them would leak the dev set into the model.
 */
const GENRES = ['academic', 'bio', 'court', 'interview', 'voyage'];
const NEVER = /^GUM_(news|reddit)_/;
const OUT = resolve(import.meta.dirname, '../../src/core/entities/model/name-model.json');
const FOLDS = 5;
const TRAIN = { epochs: 12, rate: 0.1, l2: 1e-4, seed: 13 };
/** A feature seen in fewer training spans is dropped: it cannot generalize and costs bytes in the browser. */
const MIN_COUNT = 3;
/** Weights smaller than this (for every class) are pruned from the shipped file; the rest rounded to 2 decimals. */
const PRUNE = 0.05;
const GRID = [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
const MIN_PRECISION = 0.8;
/**
 * The weak rules the model may overrule when it is sure a span is no name: on GUM, "in X" (a place after "in")
 * was right for 84 of 182 spans it made, and the acronym rule for 52 of 204 ("SUT", "HUGE"); the cue and gazetteer
 * rules were right 80–95 % of the time and are never overruled.
 */
// The acronym rule is not overruled: capitals the merge step links to an organization's initials or to the start
// of its name ("CPP" beside "Citizens Patriotic Party", "KTN" beside "KTN News") are names the model, which sees
// one run at a time, cannot judge; emphasis capitals and numerals ("UNLESS", "XVII") are the acronym rule's own
// must-not-fire rows now.
const VETOABLE = ['context:in-x'];
const MAX_VETO_BREAKS = 0.15;
/**
 * A longer name over gazetteer names replaces them when right twice as often as wrong: a right one mends two errors
 * (the inner name and the missed long one), a wrong one makes one or two.
 */
const MAX_EXTEND_WRONG = 1 / 3;

interface Span {
  doc: string;
  text: string;
  features: string[];
  label: number;
  /** A gazetteer or cue rule already has a candidate overlapping this span: the model is not asked there. */
  covered: boolean;
  /** Only names of the gazetteer, each shorter than the span, overlap it: "Borussia Dortmund" holds "Dortmund". */
  inner: boolean;
  /** The rule candidates with exactly this span: "context:in-x/place". */
  rules: { rule: string; type: string }[];
}

function main(): void {
  const dir = resolve(process.argv[2] ?? process.env['GUM_DIR'] ?? '/work/.mirror/amir-zeldes+gum/repo');
  const docs = readCorpus(dir);
  console.log(`${docs.length} documents (${GENRES.join(', ')}) from ${dir}`);
  const spans = docs.flatMap(spansOf);
  const counts = CLASSES.map((_, c) => spans.filter((s) => s.label === c).length);
  console.log(`${spans.length} spans: ${CLASSES.map((c, i) => `${c} ${counts[i]}`).join(', ')}`);
  const ids = [...new Set(docs.map((d) => d.id))];
  const rnd = random(7);
  const foldOf = new Map(ids.map((id) => [id, Math.floor(rnd() * FOLDS)]));
  // out-of-fold probabilities of every span
  const predicted: number[][] = spans.map(() => []);
  for (let k = 0; k < FOLDS; k++) {
    const train = spans.filter((s) => foldOf.get(s.doc) !== k);
    const { index, examples } = encode(train);
    const w = trainSoftmax(examples, { ...TRAIN, classes: CLASSES.length, features: index.size });
    spans.forEach((s, i) => {
      if (foldOf.get(s.doc) !== k) return;
      const f = s.features.map((x) => index.get(x)).filter((x) => x !== undefined);
      predicted[i] = probabilities(w, CLASSES.length, f);
    });
  }
  // DUMP=/tmp/spans.tsv: every span with its label and out-of-fold probabilities, to read the model's mistakes
  if (process.env['DUMP'])
    writeFileSync(
      process.env['DUMP'],
      spans
        .map(
          (s, i) =>
            `${s.doc}\t${s.text}\t${CLASSES[s.label]}\t${(predicted[i] ?? []).map((x) => x.toFixed(2)).join(' ')}\t${s.covered ? 'covered' : ''}\t${s.rules.map((r) => `${r.rule}/${r.type}`).join(',')}`,
        )
        .join('\n'),
    );
  console.log('\ncross-validation, all spans (model alone), threshold sweep:');
  const sweep = GRID.map((t) => ({ t, ...score(spans, predicted, t, () => true) }));
  for (const s of sweep) console.log(`  p ≥ ${s.t.toFixed(2)}  ${s.line}`);
  console.log('\ncross-validation, spans no rule covers (where the model fires at run time):');
  const free = (s: Span): boolean => !s.covered;
  const freeSweep = GRID.map((t) => ({ t, ...score(spans, predicted, t, free) }));
  for (const s of freeSweep) console.log(`  p ≥ ${s.t.toFixed(2)}  ${s.line}`);
  // the threshold: the lowest whose precision where the model fires reaches MIN_PRECISION (a wrong name costs a
  // reader more than a missed one, and the rules' own precision on news is about 0.8)
  const chosen = freeSweep.find((s) => s.p >= MIN_PRECISION) ?? freeSweep[freeSweep.length - 1];
  if (!chosen) throw new Error('empty threshold grid');
  console.log(`\nthreshold ${chosen.t} (lowest with precision ≥ ${MIN_PRECISION} on uncovered spans)`);
  console.log(byType(spans, predicted, chosen.t, () => true, 'all spans'));
  console.log(byType(spans, predicted, chosen.t, free, 'uncovered spans'));
  console.log(`\nvetoes of ${VETOABLE.join(', ')} (fixes: the rule was wrong; breaks: it was right):`);
  const vetoes = GRID.map((t) => ({ t, ...vetoTally(spans, predicted, t) }));
  for (const v of vetoes) console.log(`  p(none) ≥ ${v.t.toFixed(2)}  fixes ${v.fixes}, breaks ${v.breaks}`);
  const veto =
    vetoes.find((v) => v.breaks <= MAX_VETO_BREAKS * (v.fixes + v.breaks)) ?? vetoes[vetoes.length - 1];
  if (!veto) throw new Error('empty threshold grid');
  console.log(
    `veto threshold ${veto.t} (lowest where at most ${MAX_VETO_BREAKS} of vetoes break a right answer)`,
  );
  console.log('\nlonger names over gazetteer names inside them ("Borussia Dortmund" over "Dortmund"):');
  const extensions = GRID.map((t) => ({ t, ...extendTally(spans, predicted, t) }));
  for (const v of extensions) console.log(`  p ≥ ${v.t.toFixed(2)}  right ${v.right}, wrong ${v.wrong}`);
  const extend =
    extensions.find((v) => v.wrong <= MAX_EXTEND_WRONG * (v.right + v.wrong)) ??
    extensions[extensions.length - 1];
  if (!extend) throw new Error('empty threshold grid');
  console.log(`extend threshold ${extend.t} (lowest where a longer name is right twice as often as wrong)`);
  // the shipped model: every document
  const { index, examples } = encode(spans);
  const w = trainSoftmax(examples, { ...TRAIN, classes: CLASSES.length, features: index.size });
  const model = toModel(
    index,
    w,
    { threshold: chosen.t, vetoThreshold: veto.t, extendThreshold: extend.t },
    docs.length,
  );
  const json = `${JSON.stringify(model)}\n`;
  writeFileSync(OUT, json);
  console.log(`\nwrote ${OUT}: ${model.features.length} features, ${json.length} bytes`);
}

/** The licensed GUM documents under `dir` (a checkout with dep/*.conllu, or a bare clone read with git). */
function readCorpus(dir: string): GoldDocument[] {
  const wanted = (name: string): boolean =>
    !NEVER.test(name) && GENRES.some((g) => name.startsWith(`GUM_${g}_`)) && name.endsWith('.conllu');
  if (existsSync(join(dir, 'dep'))) {
    const files = readdirSync(join(dir, 'dep')).filter(wanted).sort();
    if (files.length === 0) fail(dir);
    return files.map((f) => readConllu(readFileSync(join(dir, 'dep', f), 'utf8')));
  }
  if (!existsSync(dir)) fail(dir);
  let names: string[];
  try {
    names = execFileSync('git', ['-C', dir, 'ls-tree', '--name-only', 'HEAD', 'dep/'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .map((p) => p.replace(/^dep\//, ''));
  } catch {
    fail(dir);
  }
  if (!names.some(wanted)) fail(dir);
  return names
    .filter(wanted)
    .sort()
    .map((f) =>
      readConllu(
        execFileSync('git', ['-C', dir, 'show', `HEAD:dep/${f}`], { encoding: 'utf8', maxBuffer: 1 << 26 }),
      ),
    );
}

/** Stops the run with what to do: the corpus is not in this repository, and CI has none. */
function fail(dir: string): never {
  console.error(
    `No GUM corpus at ${dir} (no dep/*.conllu there, checked out or in a git repository). Clone ` +
      'https://github.com/amir-zeldes/gum and pass its folder as the first argument or in GUM_DIR.',
  );
  process.exit(1);
}

/** Our spans over a document's paragraphs, with their features, GUM's label and whether a rule covers them. */
function spansOf(d: GoldDocument): Span[] {
  const out: Span[] = [];
  for (const p of d.paragraphs) {
    const doc = tokenize(p.text);
    const known = matchGazetteer(doc);
    const rules = known.concat(matchContextRules(doc, known));
    const lower = lowerCaseKeys(doc);
    const index = overlapIndex(rules, doc.tokens.length);
    for (const span of nameSpans(doc)) {
      out.push({
        doc: d.id,
        text: p.text.slice(doc.tokens[span.first]?.start ?? 0, doc.tokens[span.last - 1]?.end ?? 0),
        features: nameFeatures(doc, span, lower),
        label: labelSpan(doc, span, p),
        covered: rules.some((c) => c.first < span.last && c.last > span.first),
        inner: holdsOnlyShorterKnownNames(index, span),
        rules: rules
          .filter((c) => c.first === span.first && c.last === span.last)
          .map((c) => ({ rule: c.rule, type: c.type })),
      });
    }
  }
  return out;
}

/** Feature strings seen at least MIN_COUNT times → indices, and the spans as index lists. */
function encode(spans: readonly Span[]): { index: Map<string, number>; examples: Example[] } {
  const counts = new Map<string, number>();
  for (const s of spans) for (const f of s.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= MIN_COUNT) index.set(f, index.size);
  const examples = spans.map((s) => ({
    features: s.features.map((f) => index.get(f)).filter((x) => x !== undefined),
    label: s.label,
  }));
  return { index, examples };
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Micro P/R/F1 of typed names: a hit is the right type above the threshold; a wrong type is a false positive and a miss. */
function tally(
  spans: readonly Span[],
  predicted: readonly number[][],
  t: number,
  keep: (s: Span) => boolean,
  only?: number,
): Counts {
  const c = { tp: 0, fp: 0, fn: 0 };
  spans.forEach((s, i) => {
    if (!keep(s)) return;
    const p = predicted[i] ?? [];
    let best = 0;
    for (let k = 1; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
    const guess = best > 0 && (p[best] ?? 0) >= t ? best : 0;
    if (only !== undefined && guess !== only && s.label !== only) return;
    if (guess && guess === s.label) c.tp++;
    else {
      if (guess) c.fp++;
      if (s.label) c.fn++;
    }
  });
  return c;
}

function prf({ tp, fp, fn }: Counts): { p: number; r: number; f1: number } {
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

function score(
  spans: readonly Span[],
  predicted: readonly number[][],
  t: number,
  keep: (s: Span) => boolean,
) {
  const c = tally(spans, predicted, t, keep);
  const { p, r, f1 } = prf(c);
  return { p, f1, line: `P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})` };
}

function byType(
  spans: readonly Span[],
  predicted: readonly number[][],
  t: number,
  keep: (s: Span) => boolean,
  title: string,
): string {
  const rows = CLASSES.slice(1).map((name, i) => {
    const c = tally(spans, predicted, t, keep, i + 1);
    const { p, r, f1 } = prf(c);
    return `  ${name.padEnd(13)} P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1)}  (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`;
  });
  return [
    `by type, ${title}, p ≥ ${t}:`,
    ...rows,
    `  ${'all'.padEnd(13)} ${score(spans, predicted, t, keep).line}`,
  ].join('\n');
}

/** How often dropping a VETOABLE rule's span, where the model says "not a name" with p ≥ t, mends or breaks it. */
function vetoTally(
  spans: readonly Span[],
  predicted: readonly number[][],
  t: number,
): { fixes: number; breaks: number } {
  let fixes = 0;
  let breaks = 0;
  spans.forEach((s, i) => {
    const none = predicted[i]?.[0] ?? 0;
    if (none < t || !(predicted[i] ?? []).every((p) => p <= none)) return;
    for (const r of s.rules) {
      if (!VETOABLE.includes(r.rule)) continue;
      if (CLASSES[s.label] === r.type) breaks++;
      else fixes++;
    }
  });
  return { fixes, breaks };
}

/** How often the model's name over gazetteer names inside it (`inner`) has GUM's type, at p ≥ t. */
function extendTally(
  spans: readonly Span[],
  predicted: readonly number[][],
  t: number,
): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  spans.forEach((s, i) => {
    if (!s.inner) return;
    const p = predicted[i] ?? [];
    let best = 0;
    for (let k = 1; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
    if (best === 0 || (p[best] ?? 0) < t) return;
    if (best === s.label) right++;
    else wrong++;
  });
  return { right, wrong };
}

/** The shipped file: features whose weights matter, weights rounded, a header saying where they come from. */
function toModel(
  index: ReadonlyMap<string, number>,
  w: Float64Array,
  thresholds: { threshold: number; vetoThreshold: number; extendThreshold: number },
  documents: number,
): NameModel {
  const n = CLASSES.length;
  const features: string[] = [];
  const weights: number[] = [];
  for (const [f, i] of index) {
    const row = CLASSES.slice(1).map((_, c) => Math.round((w[i * n + c + 1] ?? 0) * 100) / 100);
    if (row.every((x) => Math.abs(x) < PRUNE)) continue;
    features.push(f);
    weights.push(...row);
  }
  return {
    header: {
      model:
        'name-model/1: multinomial logistic regression over runs of capitals (scripts/tagger/train-name-model.ts)',
      source: `GUM corpus (https://github.com/amir-zeldes/gum), ${documents} documents of genres ${GENRES.join(', ')}; never news or reddit`,
      licence:
        'Annotations CC BY 4.0 (Zeldes, Amir 2017, "The GUM Corpus: Creating Multilayer Resources in the Classroom", LRE 51(3):581-612); texts: academic and court CC BY 4.0, interview CC BY 2.5 (Wikinews), bio and voyage CC BY-SA 3.0 (Wikipedia, Wikivoyage)',
      trainedOn: 'dep/*.conllu, MISC Entity= brackets',
      ...thresholds,
      vetoable: VETOABLE,
    },
    classes: CLASSES.slice(1),
    features,
    weights,
  };
}

main();
