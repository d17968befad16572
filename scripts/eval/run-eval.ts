/**
 * `npm run eval`: scores the reading (structure, entities by type, paragraph links, money, dates) against every
 * reference reading the project can find, with `../shared/eval/score.mjs`, and prints a table per set.
 * `--json` prints the scores as JSON instead; `--set NAME` scores one set (seed, dev, fixtures).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findEvalSets } from './eval-sets.ts';
import { formatEval, type SetScores } from './format-eval.ts';
import { scoreDigest } from './score-digest.ts';

/** Scores every set found under the project `root`; throws when the shared scorer is missing. */
export function runEval(root: string, only: string | null = null): SetScores[] {
  const scorer = join(root, '..', 'shared', 'eval', 'score.mjs');
  if (!existsSync(scorer))
    throw new Error(
      `${scorer}: the shared scorer is missing; clone ../shared beside the project to score it`,
    );
  return findEvalSets(root)
    .filter((set) => only === null || set.name === only)
    .map((set) => ({ set, scores: set.digests.map((d) => scoreDigest(d, scorer)) }));
}

function main(argv: readonly string[]): number {
  const root = resolve(import.meta.dirname, '..', '..');
  const at = argv.indexOf('--set');
  const only = at >= 0 ? (argv[at + 1] ?? null) : null;
  const results = runEval(root, only);
  if (results.length === 0) {
    process.stderr.write(`eval: no reference reading found${only ? ` in set "${only}"` : ''}\n`);
    return 1;
  }
  if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`${formatEval(results).join('\n')}\n`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`eval: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  }
}
