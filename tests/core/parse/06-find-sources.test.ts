import { describe, expect, it } from 'vitest';
import { findSources } from '../../../src/core/parse/06-find-sources.ts';
import type { ParsedStory } from '../../../src/core/schema.ts';

const story = (heading: string | null, text: string): ParsedStory => ({
  id: 's',
  title: 'S',
  line: 1,
  source: null,
  sections: [{ id: heading ? 'x' : 'lead', heading, line: 3, paragraphs: [{ id: 'p-3', line: 3, text }] }],
});

describe('findSources', () => {
  it.each<[string, ParsedStory, string | null]>([
    ['from the lead paragraph', story(null, 'Al-Madina News: While the talks …'), 'Al-Madina News'],
    ['not from a titled first section', story('aid', 'Al-Madina News: While the talks …'), null],
    ['none when the lead has no dateline', story(null, 'He said: we will win.'), null],
    ['none for a story without sections', { ...story(null, ''), sections: [] }, null],
  ])('%s', (_, input, name) => {
    const [out] = findSources([input]);
    expect(out?.source?.name ?? null).toBe(name);
    expect(out?.sections).toEqual(input.sections);
  });
});
