/**
 * Adversarial timing: one digest per shape in `adversarial-lines.ts` (a headline over a single 1 MB line of it),
 * read with `buildCorpus` (parse + extraction) and summarized by `makeCorpusBundle`; and a generated 50 MB digest
 * decoded and parsed. Linear work reads these at the normal rate; a backtracking rule would take minutes.
 * Part of `npm run bench`; alone: `npx tsx bench/adversarial-bench.ts`.
 */
import { pathToFileURL } from 'node:url';
import { buildCorpus } from '../src/core/build-corpus.ts';
import { makeCorpusBundle } from '../src/core/bundle/make-corpus-bundle.ts';
import { parseDocument } from '../src/core/parse/parse-document.ts';
import { decodeText } from '../src/core/text/decode-text.ts';
import { ADVERSARIAL_LINES, adversarialLine } from './adversarial-lines.ts';

const LINE_CHARS = 1_000_000;
const BIG_BYTES = 50e6;

const seconds = (since: number): number => (performance.now() - since) / 1000;

/** The unit as the table can show it: a space as ␠; controls, invisible and bidi characters as `\uXXXX`. */
const visible = (unit: string): string =>
  unit.replace(/[^\x21-\x7e\u00a1-\u1fff\u2010-\u2027\u2030-\u205e]/gu, (c) =>
    c === ' ' ? '␠' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Markdown lines of the adversarial section of bench/RESULTS.md. */
export function adversarialBench(log: (message: string) => void = () => {}): string[] {
  const rows: string[] = [];
  for (const { name, unit } of ADVERSARIAL_LINES) {
    const text = `A headline over a hostile line\n\n${adversarialLine(unit, LINE_CHARS)}\n`;
    const t0 = performance.now();
    const corpus = buildCorpus([{ source: 'hostile.txt', text }]);
    makeCorpusBundle(corpus);
    const s = seconds(t0);
    log(`  adversarial ${name}: ${s.toFixed(2)} s`);
    rows.push(`| ${name} | \`${visible(unit)}\` | ${s.toFixed(2)} | ${(text.length / 1e6 / s).toFixed(2)} |`);
  }
  const paragraph =
    'Delegations met again in Vienna on Tuesday to discuss grain exports, officials said. '.repeat(60);
  const story = (i: number): string =>
    `# Talks resume in Vienna, day ${i}\n\n${paragraph}\n\n${paragraph}\n\n`;
  const count = Math.ceil(BIG_BYTES / story(0).length);
  const bytes = new TextEncoder().encode(Array.from({ length: count }, (_, i) => story(i)).join(''));
  const t0 = performance.now();
  const decoded = decodeText(bytes, 'fifty-mb.txt');
  const decodeSeconds = seconds(t0);
  if (!decoded.ok) throw new Error(decoded.error.message);
  const t1 = performance.now();
  const stories = parseDocument(decoded.text, { source: 'fifty-mb.txt' }).stories.length;
  const parseSeconds = seconds(t1);
  log(`  50 MB digest: decode ${decodeSeconds.toFixed(2)} s, parse ${parseSeconds.toFixed(2)} s`);
  return [
    '## Adversarial input',
    '',
    `One digest per shape: a headline over a single line of ${(LINE_CHARS / 1e6).toFixed(0)} M characters of the unit repeated`,
    '(bench/adversarial-lines.ts), through `buildCorpus` (parse + extraction) and `makeCorpusBundle`, one run each.',
    'Shapes that once took minutes (a backtracking or all-pairs step): full stops, abbreviations and initials in the',
    'story list\'s first sentence; "$1 $1" and "Paris, Paris" in overlap resolution; names in the coordination rule.',
    '',
    '| shape | unit | seconds | MB/s |',
    '|---|---|---:|---:|',
    ...rows,
    '',
    `A generated ${(bytes.length / 1e6).toFixed(1)} MB digest (${count} stories of two long paragraphs): decode ${decodeSeconds.toFixed(2)} s, parse ${parseSeconds.toFixed(2)} s (${stories} stories).`,
    '',
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.stdout.write(`${adversarialBench((m) => void process.stderr.write(`${m}\n`)).join('\n')}\n`);
}
