/**
 * `tsx bench/time-extract.ts [scale …]`: parse + extract alone, for finding where the time goes without the whole
 * bench. Per scale (default the seed, 1× and 10×, as the bench's compromise rows) it prints the median CPU
 * milliseconds of `buildCorpus` after a warm-up, MB/s, and a hash of the corpus it built, so that an optimisation
 * can be checked to leave the output unchanged (the hash must not move). Run it under `node --cpu-prof` (via
 * `node --import tsx`) for a profile.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildCorpus } from '../src/core/build-corpus.ts';
import { generateCorpus } from './generate-corpus.ts';
import type { GeneratedFile } from './generate-corpus.ts';
import { timeRuns } from './time-runs.ts';

const ROOT = resolve(import.meta.dirname, '..');
const SEED = '000_afe5c047c713dffb.txt';

function inputs(scale: string): GeneratedFile[] {
  if (scale === 'seed') return [{ name: SEED, text: readFileSync(join(ROOT, 'seeds', SEED), 'utf8') }];
  const n = Number(scale);
  return generateCorpus(n, n);
}

const scales = process.argv.slice(2).filter((a) => !a.startsWith('-'));
for (const scale of scales.length > 0 ? scales : ['seed', '1', '10']) {
  const files = inputs(scale);
  const digests = files.map((f) => ({ source: f.name, text: f.text }));
  const bytes = files.reduce((sum, f) => sum + Buffer.byteLength(f.text, 'utf8'), 0);
  const hash = createHash('sha256')
    .update(JSON.stringify(buildCorpus(digests)))
    .digest('hex')
    .slice(0, 16);
  const timing = timeRuns(() => buildCorpus(digests), { runs: 15, warmUpMs: 2000 });
  const best = Math.min(...timing.runs);
  process.stdout.write(
    `${scale}: ${(bytes / 1e6).toFixed(3)} MB, median ${timing.medianMs.toFixed(1)} ms (best ${best.toFixed(1)}), ` +
      `${(bytes / 1e6 / (timing.medianMs / 1000)).toFixed(2)} MB/s, output ${hash}\n`,
  );
}
