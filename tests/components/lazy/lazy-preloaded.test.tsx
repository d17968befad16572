import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, test, vi } from 'vitest';
import { lazyPreloaded } from '../../../src/components/lazy/lazy-preloaded.ts';

/** A promise the test settles by hand, standing in for a chunk on its way. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;
type GreetingModule = { Greeting: typeof Greeting };

describe('lazyPreloaded', () => {
  test('starts fetching at once, shows the fallback while the chunk is on its way, then the component', async () => {
    const chunk = deferred<GreetingModule>();
    const load = vi.fn(() => chunk.promise);
    const { Component } = lazyPreloaded(load, (m) => m.Greeting);
    expect(load).toHaveBeenCalledTimes(1);
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Component name="Ada" />
      </Suspense>,
    );
    expect(screen.getByText('Loading…')).toBeTruthy();
    await act(async () => chunk.resolve({ Greeting }));
    expect(await screen.findByText('Hello Ada')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('once the chunk is here, a new mount renders without the fallback', async () => {
    const { Component, preload } = lazyPreloaded(
      () => Promise.resolve({ Greeting }),
      (m) => m.Greeting,
    );
    await preload();
    render(
      <Suspense fallback={<p>Loading…</p>}>
        <Component name="Grace" />
      </Suspense>,
    );
    expect(screen.getByText('Hello Grace')).toBeTruthy();
    expect(screen.queryByText('Loading…')).toBeNull();
  });

  test('a failed fetch is tried again on the next preload', async () => {
    const load = vi
      .fn<() => Promise<GreetingModule>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue({ Greeting });
    const { preload } = lazyPreloaded(load, (m) => m.Greeting);
    // the first, failed fetch is the one started at once; let its rejection settle
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await Promise.resolve();
    await expect(preload()).resolves.toEqual({ Greeting });
    expect(load).toHaveBeenCalledTimes(2);
    await preload();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
