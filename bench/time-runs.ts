import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { median } from './median.ts';

/** How long repeated runs of one task took. */
export interface Timing {
  /** Milliseconds of each run, in order: process CPU time (user + system), not wall time. */
  runs: number[];
  medianMs: number;
}

/** How many times to run, and when to stop early. */
export interface TimeRunsOptions {
  runs?: number;
  minRuns?: number;
  budgetMs?: number;
  /**
   * Untimed runs first, for this many milliseconds (at least one run); 0 for none. Until the JIT has compiled the
   * hot code its compiler threads add CPU time and the code runs slower: a short warm-up measured start-up.
   */
  warmUpMs?: number;
}

/** Milliseconds of CPU time this process (every thread: JIT compiler and GC helpers too) has used so far. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * A full garbage collection, when V8 lets us ask for one (it does once `--expose-gc` is set, which this does): run
 * before each timed run, so that no run pays for garbage the one before left, in particular the other side's.
 */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
  return typeof gc === 'function' ? () => void gc() : () => undefined;
})();

/** Untimed runs for `ms` of wall time (none for 0); returns the CPU milliseconds of the last run (NaN for none). */
function warmUp(task: () => unknown, ms: number): number {
  if (ms <= 0) return Number.NaN;
  const until = performance.now() + ms;
  let last: number;
  do {
    const t0 = cpuMs();
    task();
    last = cpuMs() - t0;
  } while (performance.now() < until);
  return last;
}

/** CPU milliseconds of one run of `task`, averaged over `repeats` runs back to back, after a full collection. */
function timed(task: () => unknown, repeats = 1): number {
  collect();
  const t0 = cpuMs();
  for (let i = 0; i < repeats; i++) task();
  return (cpuMs() - t0) / repeats;
}

/**
 * Runs `task` `runs` times (after `warmUpMs` of untimed runs), stopping early, though never before `minRuns`, once
 * `budgetMs` of wall time is spent, so a slow stage at a large scale cannot blow the whole bench's time. CPU time, not
 * wall time: on a shared machine the other processes' load stretches wall time, much less the CPU time we use.
 */
export function timeRuns(task: () => unknown, options: TimeRunsOptions = {}): Timing {
  const { runs = 5, minRuns = runs, budgetMs = Infinity, warmUpMs = 1000 } = options;
  warmUp(task, warmUpMs);
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    times.push(timed(task));
    if (times.length >= minRuns && performance.now() - started > budgetMs) break;
  }
  return { runs: times, medianMs: median(times) };
}

/**
 * Times two tasks on the same input fairly: both warmed up for `warmUpMs` each, then timed in alternation (a, b, then
 * b, a, …) so that a change in the machine's load falls on both alike, each sample measured as in `timeRuns`. The
 * quicker task is repeated within a sample (its time divided by the repeats) so that a sample of each lasts about as
 * long: a 3 ms run and a 60 ms run would otherwise meet different slices of the other processes' load, and on this
 * shared machine that noise, not the code, decided the ratio. Stops early, never before `minRuns` samples each, once
 * `budgetMs` of wall time is spent. Each timing's runs are per-task times, one a sample.
 */
export function timePair(
  a: () => unknown,
  b: () => unknown,
  options: TimeRunsOptions = {},
): [Timing, Timing] {
  const { runs = 5, minRuns = runs, budgetMs = Infinity, warmUpMs = 1000 } = options;
  const perRunA = warmUp(a, warmUpMs);
  const perRunB = warmUp(b, warmUpMs);
  const repeatsA = Math.max(1, Math.round(perRunB / perRunA));
  const repeatsB = Math.max(1, Math.round(perRunA / perRunB));
  const ta: number[] = [];
  const tb: number[] = [];
  const sampleA = (): number => timed(a, repeatsA);
  const sampleB = (): number => timed(b, repeatsB);
  const started = performance.now();
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      ta.push(sampleA());
      tb.push(sampleB());
    } else {
      tb.push(sampleB());
      ta.push(sampleA());
    }
    if (ta.length >= minRuns && performance.now() - started > budgetMs) break;
  }
  return [
    { runs: ta, medianMs: median(ta) },
    { runs: tb, medianMs: median(tb) },
  ];
}
