import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/build/content-security-policy.ts';
import { injectPrerendered } from '../../src/build/prerender-html.ts';
import { PRERENDER_LOADER, PRERENDER_LOADER_HASH } from '../../src/build/prerender-loader.ts';
import { storeTheme } from '../../src/components/theme/theme-storage.ts';

const SHELL = `<!doctype html><html><head><title>T</title>
<script type="module" crossorigin src="/assets/index-a1.js"></script>
<link rel="stylesheet" href="/assets/style.css"></head><body><div id="root"></div></body></html>`;

const PAGE = injectPrerendered(SHELL, {
  html: '<h1>Story</h1>',
  marker: '/story/x',
  title: null,
  description: null,
  modules: ['/assets/story-route.js'],
  stylesheets: [],
  data: ['/corpus/slice/story.json', '/corpus/body.json'],
});

/** The loader's `data-` attributes on PAGE, as `dataset` reads them. */
function dataset(): Record<string, string> {
  const tag = /<script (data-[^>]*)>/.exec(PAGE)?.[1] ?? '';
  const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  return Object.fromEntries([...tag.matchAll(/data-([\w-]+)="([^"]*)"/g)].map((m) => [camel(m[1]!), m[2]!]));
}

/**
 * Runs the loader's source against a stand-in browser in which the test decides when `load`, animation frames,
 * timers and the first contentful paint happen; `started` lists what it has added to the head so far.
 */
function runLoader({
  paintTiming,
  storage = new Map(),
  hidden = false,
}: {
  paintTiming: boolean;
  storage?: Map<string, string>;
  hidden?: boolean;
}) {
  const visibilityListeners: (() => void)[] = [];
  const started: string[] = [];
  const listeners: (() => void)[] = [];
  const queued: (() => void)[] = [];
  const observers: { notify: () => void; live: boolean }[] = [];
  let painted = false;
  const document = {
    visibilityState: hidden ? 'hidden' : 'visible',
    addEventListener: (type: string, listener: () => void) =>
      type === 'visibilitychange' && visibilityListeners.push(listener),
    documentElement: { dataset: {} as Record<string, string> },
    currentScript: { dataset: dataset() },
    head: { append: (el: { describe(): string }) => started.push(el.describe()) },
    createElement(tag: string) {
      const attrs: string[] = [];
      return {
        setAttribute: (name: string, value: string) => attrs.push(`${name}=${value}`),
        describe: () => `${tag} ${attrs.join(' ')}`,
      };
    },
  };
  class PerformanceObserver {
    static supportedEntryTypes = ['paint', 'largest-contentful-paint'];
    private readonly entry: { notify: () => void; live: boolean };
    constructor(callback: (list: unknown, observer: PerformanceObserver) => void) {
      this.entry = { notify: () => callback({}, this), live: false };
    }
    observe(options: { type: string; buffered?: boolean }) {
      if (options.type !== 'paint') throw new Error(`observed ${options.type}`);
      this.entry.live = true;
      observers.push(this.entry);
      if (options.buffered && painted) queued.push(() => this.entry.live && this.entry.notify());
    }
    disconnect() {
      this.entry.live = false;
    }
  }
  const self = paintTiming ? { PerformanceObserver } : {};
  const performance = {
    getEntriesByName: (name: string) => (painted && name === 'first-contentful-paint' ? [{}] : []),
  };
  const localStorage = { getItem: (key: string) => storage.get(key) ?? null };
  const run = new Function(
    'localStorage',
    'document',
    'self',
    'PerformanceObserver',
    'performance',
    'addEventListener',
    'requestAnimationFrame',
    'setTimeout',
    PRERENDER_LOADER,
  ) as (...args: unknown[]) => void;
  run(
    localStorage,
    document,
    self,
    PerformanceObserver,
    performance,
    (type: string, listener: () => void) => type === 'load' && listeners.push(listener),
    (callback: () => void) => queued.push(callback),
    (callback: () => void) => queued.push(callback),
  );
  const flush = () => {
    while (queued.length > 0) queued.shift()!();
  };
  return {
    started,
    theme: () => document.documentElement.dataset.theme,
    load() {
      for (const listener of listeners) listener();
      flush();
    },
    hide() {
      document.visibilityState = 'hidden';
      for (const listener of visibilityListeners) listener();
      flush();
    },
    paint() {
      painted = true;
      for (const observer of observers) if (observer.live) observer.notify();
      flush();
    },
  };
}

const STARTED = [
  'link rel=preload as=fetch crossorigin= href=/corpus/slice/story.json',
  'link rel=preload as=fetch crossorigin= href=/corpus/body.json',
  'link rel=modulepreload crossorigin= href=/assets/story-route.js',
  'script type=module crossorigin= src=/assets/index-a1.js',
];

describe('the prerendered page loader', () => {
  it('is allowed by the site policy by its hash, and by nothing broader', () => {
    const hash = createHash('sha256').update(PRERENDER_LOADER).digest('base64');
    expect(PRERENDER_LOADER_HASH).toBe(`'sha256-${hash}'`);
    const scripts = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    expect(scripts).toBe(`script-src 'self' ${PRERENDER_LOADER_HASH}`);
    expect(PAGE).toContain(`>${PRERENDER_LOADER}</script>`);
  });

  it('starts nothing before load and the first contentful paint, then the data, chunks and entry', () => {
    const page = runLoader({ paintTiming: true });
    expect(page.started).toEqual([]);
    page.load();
    expect(page.started).toEqual([]); // loaded, not yet painted: on a busy phone the paint can come a second later
    page.paint();
    expect(page.started).toEqual(STARTED);
    page.paint();
    expect(page.started).toEqual(STARTED); // once
  });

  it('starts on load when the paint came first', () => {
    const page = runLoader({ paintTiming: true });
    page.paint();
    expect(page.started).toEqual([]);
    page.load();
    expect(page.started).toEqual(STARTED);
  });

  it('without paint timing, starts on the frame after load', () => {
    const page = runLoader({ paintTiming: false });
    page.paint();
    expect(page.started).toEqual([]);
    page.load();
    expect(page.started).toEqual(STARTED);
  });

  it('in a tab hidden at load, or hidden before it paints, starts without waiting for a paint', () => {
    const hidden = runLoader({ paintTiming: true, hidden: true });
    expect(hidden.started).toEqual([]);
    hidden.load();
    expect(hidden.started).toEqual(STARTED);
    const page = runLoader({ paintTiming: true });
    page.load();
    expect(page.started).toEqual([]);
    page.hide();
    expect(page.started).toEqual(STARTED);
    page.paint();
    expect(page.started).toEqual(STARTED); // once
  });

  it("applies the reader's stored theme at once, as the app stores it", () => {
    const storage = new Map<string, string>();
    const root = { dataset: {} as Record<string, string> };
    Object.assign(globalThis, {
      window: { localStorage: { setItem: (key: string, value: string) => storage.set(key, value) } },
      document: { documentElement: root },
    });
    try {
      storeTheme('dark');
    } finally {
      Reflect.deleteProperty(globalThis, 'window');
      Reflect.deleteProperty(globalThis, 'document');
    }
    expect(root.dataset.theme).toBe('dark');
    expect(runLoader({ paintTiming: true, storage }).theme()).toBe('dark');
    expect(runLoader({ paintTiming: true }).theme()).toBeUndefined();
    const junk = new Map([...storage].map(([key]) => [key, '</style>']));
    expect(runLoader({ paintTiming: true, storage: junk }).theme()).toBeUndefined();
  });
});
