import { formatEval } from '../scripts/eval/format-eval.ts';
import { runEval } from '../scripts/eval/run-eval.ts';

/**
 * The tables `npm run eval` prints, for bench/RESULTS.md: the reading scored against every reference reading found
 * (the seed, the development set of real news, the fixtures). Without `../shared` it says so instead of a table.
 */
export function readingScoresSection(root: string): string[] {
  const head = [
    '## Reading scores',
    '',
    'The tables `npm run eval` prints (scripts/eval/run-eval.ts, scored by `../shared/eval/score.mjs`). The `dev`',
    'set is real news nobody here wrote: it is the figure to read; the fixtures were written here and are not',
    'evidence of generality.',
    '',
  ];
  try {
    return [...head, ...formatEval(runEval(root))];
  } catch (err) {
    return [...head, `Not scored: ${err instanceof Error ? err.message : String(err)}`, ''];
  }
}
