/**
 * Full-text search at scale: builds the search index of a generated corpus (1000× the seed by default), then
 * measures its size (bytes, gzip -9), how long the browser's loader takes to revive it, and how long a
 * keystroke's query takes (MiniSearch `search` with the app's options, then grouping by story as the UI does)
 * for prefixes of 1 to 6 characters. `tsx bench/search-bench.ts [scale]` prints the section on its own;
 * `npm run bench` appends it to bench/RESULTS.md.
 */
import { gzipSync } from 'node:zlib';
import { makeCorpusBundle } from '../src/core/bundle/make-corpus-bundle.ts';
import { makeStoryIdsUnique } from '../src/core/parse/make-story-ids-unique.ts';
import { parseDocument } from '../src/core/parse/parse-document.ts';
import type { Corpus, Document } from '../src/core/schema.ts';
import { buildSearchIndex } from '../src/core/search/build-search-index.ts';
import { groupHits } from '../src/core/search/group-hits.ts';
import { loadSearchEngine } from '../src/core/search/load-search-engine.ts';
import { tokenizeWords } from '../src/core/search/tokenize-words.ts';
import { generateCorpus } from './generate-corpus.ts';
import { median } from './median.ts';
import { createPrng } from './prng.ts';

/** Queries timed per prefix length. */
const QUERIES = 60;
const PREFIX_LENGTHS = [1, 2, 3, 4, 5, 6];

/** The value below which `p` of the sorted values fall (nearest rank). */
function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
}

/** The structure of each digest with no entity pass: search indexes text, not mentions, and this is 5× faster. */
function structureOnly(files: { name: string; text: string }[]): Corpus {
  const parsed = makeStoryIdsUnique(files.map((f) => parseDocument(f.text, { source: f.name })));
  const documents: Document[] = parsed.map((d) => ({
    ...d,
    stories: d.stories.map((s) => ({
      ...s,
      titleMentions: [],
      sections: s.sections.map((sec) => ({
        ...sec,
        headingMentions: [],
        paragraphs: sec.paragraphs.map((p) => ({ ...p, mentions: [] })),
      })),
    })),
  }));
  return { documents, entities: [] };
}

/** The search section of bench/RESULTS.md, in Markdown. */
export async function searchBenchSection(
  scale = 1000,
  log: (line: string) => void = () => {},
): Promise<string> {
  const files = generateCorpus(scale, scale);
  const textBytes = files.reduce((n, f) => n + Buffer.byteLength(f.text, 'utf8'), 0);
  const { index, bodies } = makeCorpusBundle(structureOnly(files));
  const paragraphs = bodies.reduce(
    (n, b) => n + b.story.sections.reduce((m, s) => m + s.paragraphs.length, 0),
    0,
  );
  log(`search ${scale}×: ${bodies.length} stories, ${paragraphs} paragraphs`);

  let t0 = performance.now();
  const json = buildSearchIndex(index, bodies);
  const buildMs = performance.now() - t0;
  const bytes = Buffer.byteLength(json, 'utf8');
  const gzip = gzipSync(json, { level: 9 }).length;
  log(
    `  index ${(bytes / 1e6).toFixed(1)} MB, gzip ${(gzip / 1e6).toFixed(1)} MB, built in ${buildMs.toFixed(0)} ms`,
  );

  const loads: number[] = [];
  let engine = await loadSearchEngine(json);
  for (let i = 0; i < 3; i++) {
    t0 = performance.now();
    engine = await loadSearchEngine(json);
    loads.push(performance.now() - t0);
  }
  log(`  load ${median(loads).toFixed(0)} ms`);

  // Words of the corpus itself (6+ letters), picked by a seeded PRNG: what a reader would type.
  const rng = createPrng(7);
  const words = [
    ...new Set(
      bodies.flatMap((b) =>
        b.story.sections.flatMap((s) =>
          s.paragraphs.flatMap((p) => tokenizeWords(p.text).map((t) => t.word)),
        ),
      ),
    ),
  ].filter((w) => w.length >= 6 && /^\p{L}+$/u.test(w));
  const picked = Array.from({ length: QUERIES }, () => rng.pick(words));
  const rows = PREFIX_LENGTHS.map((length) => {
    const search: number[] = [];
    const total: number[] = [];
    const hits: number[] = [];
    for (const word of picked) {
      const query = word.slice(0, length);
      t0 = performance.now();
      const raw = engine.search(query);
      const t1 = performance.now();
      const grouped = groupHits(index, raw, null);
      const t2 = performance.now();
      search.push(t1 - t0);
      total.push(t2 - t0);
      hits.push(grouped.hitCount);
    }
    log(
      `  ${length} chars: median ${median(total).toFixed(1)} ms, p95 ${percentile(total, 0.95).toFixed(1)} ms`,
    );
    return { length, search, total, hits };
  });

  const ms = (n: number): string => n.toFixed(1);
  return [
    '## Full-text search',
    '',
    `bench/search-bench.ts: the ${scale}× corpus of bench/generate-corpus.ts (${(textBytes / 1e6).toFixed(2)} MB of digests,`,
    `${bodies.length} stories, ${paragraphs} paragraphs; structure parsed, no entity pass), indexed as the plugin does`,
    '(`buildSearchIndex`: one MiniSearch document per headline, sub-heading and paragraph; no stored fields).',
    `Load: \`loadSearchEngine\` (\`MiniSearch.loadJSONAsync\`), median of 3 in Node. Queries: ${QUERIES} words of 6+`,
    'letters picked from the corpus by a seeded PRNG, each typed as a 1- to 6-character prefix and searched with the',
    "app's options (`SEARCH_DEFAULTS`: every word must match, prefix from 3 letters, one typo per 5 letters from 4,",
    'stop words left out; 1- and 2-letter words match only themselves), then grouped by story as the results list',
    'does (`groupHits`). Timings in Node on this shared machine (see the load average above).',
    '',
    '| index MB | index MB gzip | build ms | load ms (median) |',
    '|---:|---:|---:|---:|',
    `| ${(bytes / 1e6).toFixed(2)} | ${(gzip / 1e6).toFixed(2)} | ${buildMs.toFixed(0)} | ${median(loads).toFixed(0)} (${loads.map((n) => n.toFixed(0)).join(', ')}) |`,
    '',
    '| prefix length | search ms median | search ms p95 | search + group ms median | search + group ms p95 | hits median |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.length} | ${ms(median(r.search))} | ${ms(percentile(r.search, 0.95))} | ${ms(median(r.total))} | ${ms(percentile(r.total, 0.95))} | ${median(r.hits).toFixed(0)} |`,
    ),
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.argv[2] ?? 1000);
  searchBenchSection(scale, (line) => void process.stderr.write(`${line}\n`)).then(
    (markdown) => process.stdout.write(markdown),
    (err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
