import { describe, expect, it } from 'vitest';
import { concurrencyLimit } from '../../src/data/concurrency-limit.ts';

/** A task that stays pending until the test resolves it, recording how many run at once. */
function gatedTasks(count: number) {
  let running = 0;
  let most = 0;
  const gates: (() => void)[] = [];
  const tasks = Array.from({ length: count }, (_, i) => async () => {
    running += 1;
    most = Math.max(most, running);
    await new Promise<void>((resolve) => gates.push(resolve));
    running -= 1;
    return i;
  });
  return { tasks, gates, most: () => most };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('concurrencyLimit', () => {
  it('runs at most `limit` at once, all of them in the end, in order, with their results', async () => {
    const run = concurrencyLimit(3);
    const { tasks, gates, most } = gatedTasks(10);
    const results = Promise.all(tasks.map((task) => run(task)));
    for (let released = 0; released < 10; released++) {
      await tick();
      expect(gates.length).toBeLessThanOrEqual(released + 3);
      gates[released]!();
    }
    expect(await results).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(most()).toBe(3);
  });

  it('a task aborted while it waits never starts, and frees its turn; a failure frees its slot', async () => {
    const run = concurrencyLimit(1);
    const { tasks, gates } = gatedTasks(2);
    const first = run(tasks[0]!);
    const controller = new AbortController();
    const aborted = run(() => Promise.resolve('ran'), controller.signal);
    const failing = run(() => Promise.reject(new Error('boom')));
    const last = run(tasks[1]!);
    controller.abort();
    await tick();
    gates[0]!();
    await expect(first).resolves.toBe(0);
    await expect(aborted).rejects.toThrow();
    await expect(failing).rejects.toThrow('boom');
    await tick();
    gates[1]!();
    await expect(last).resolves.toBe(1);
  });
});
