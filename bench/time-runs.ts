import { median } from './median.ts';

/** How long repeated runs of one task took. */
export interface Timing {
  /** Milliseconds of each run, in order. */
  runs: number[];
  medianMs: number;
}

/** How many times to run, and when to stop early. */
export interface TimeRunsOptions {
  runs?: number;
  minRuns?: number;
  budgetMs?: number;
  warmUp?: boolean;
}

/**
 * Runs `task` `runs` times (after one untimed warm-up run when `warmUp`), stopping early, though never before
 * `minRuns`, once `budgetMs` is spent, so a slow stage at a large scale cannot blow the whole bench's time.
 */
export function timeRuns(task: () => unknown, options: TimeRunsOptions = {}): Timing {
  const { runs = 5, minRuns = runs, budgetMs = Infinity, warmUp = true } = options;
  if (warmUp) task();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    task();
    times.push(performance.now() - t0);
    if (times.length >= minRuns && performance.now() - started > budgetMs) break;
  }
  return { runs: times, medianMs: median(times) };
}
