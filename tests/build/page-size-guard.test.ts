import { describe, expect, it } from 'vitest';
import { pageSizeGuard } from '../../src/build/page-size-guard.ts';
import { planPrerender } from '../../src/build/prerender-routes.ts';
import type { CorpusIndex } from '../../src/core/schema.ts';
import { fixtureIndex } from '../app/fixture-corpus.ts';

const LIMIT = 2_000_000;
// what a story page weighs once rendered: the real one was 80.5 MB for 100,000 sections, about 800 bytes each
const BYTES_PER_SECTION = 800;

/** The fixture with its first story given `sections` sections "Same heading", as 100,000 such lines parse. */
function sameHeadings(sections: number): CorpusIndex {
  const [story, ...rest] = fixtureIndex.stories;
  const section = story!.sections[0]!;
  const many = Array.from({ length: sections }, (_, i) => ({
    ...section,
    id: i === 0 ? 'same-heading' : `same-heading-${i + 1}`,
  }));
  return { ...fixtureIndex, stories: [{ ...story!, sections: many }, ...rest] };
}

/** Runs the prerender's loop with a stand-in render; counts the pages rendered and those skipped unrendered. */
function prerenderWork(index: CorpusIndex, maxPages: number) {
  const { routes } = planPrerender(index, 'corpus/index-v1.json', maxPages);
  const sizes = new Map(index.stories.map((s) => [`/story/${s.id}`, s.sections.length * BYTES_PER_SECTION]));
  const guard = pageSizeGuard(LIMIT);
  let rendered = 0;
  let repeats = 0;
  let written = 0;
  for (const route of routes) {
    if (guard.skips(route)) {
      repeats++;
      continue;
    }
    rendered++;
    if (guard.fits(route, sizes.get(route.within ?? route.path) ?? 1_000)) written++;
  }
  return { routes: routes.length, rendered, repeats, written };
}

describe('pageSizeGuard', () => {
  it('renders a story over the limit once, not once more per section page', () => {
    const work = prerenderWork(sameHeadings(20_000), 1_000);
    expect(work.routes).toBe(1_000);
    // the four top pages and each story once; the budget's section pages are all the big story's, none rendered
    const stories = fixtureIndex.stories.length;
    expect(work.rendered).toBe(4 + stories);
    expect(work.repeats).toBe(1_000 - 4 - stories);
    expect(work.written).toBe(work.rendered - 1);
  });

  it('does work that does not grow with the sections of a story over the limit', () => {
    const small = prerenderWork(sameHeadings(4_000), 100_000);
    const large = prerenderWork(sameHeadings(20_000), 100_000);
    expect(large.routes - small.routes).toBe(16_000);
    expect(large.rendered).toBe(small.rendered);
    expect(large.repeats - small.repeats).toBe(16_000);
  });

  it('still renders every section page of a story under the limit', () => {
    const work = prerenderWork(sameHeadings(2_000), 100_000);
    expect(2_000 * BYTES_PER_SECTION).toBeLessThan(LIMIT);
    expect(work.repeats).toBe(0);
    expect(work.rendered).toBe(work.routes);
    expect(work.written).toBe(work.routes);
  });

  it('skips nothing before a page over the limit is seen, and never a page that repeats none', () => {
    const guard = pageSizeGuard(10);
    const section = { path: '/story/a/s', module: null, data: [], description: null, within: '/story/a' };
    expect(guard.skips(section)).toBe(false);
    expect(guard.fits({ ...section, path: '/story/a', within: null }, 11)).toBe(false);
    expect(guard.skips(section)).toBe(true);
    expect(guard.skips({ ...section, within: '/story/b' })).toBe(false);
    expect(guard.skips({ ...section, path: '/story/a', within: null })).toBe(false);
    expect(guard.fits(section, 10)).toBe(true);
  });
});
