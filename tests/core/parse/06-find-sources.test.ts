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

  it('falls back on the site named at the end of the headline, with offsets into the title', () => {
    const titled = { ...story(null, 'The talks ended.'), title: 'Talks end in Doha – The Harbour Courier' };
    const [out] = findSources([titled]);
    expect(out?.source).toEqual({ name: 'The Harbour Courier', start: 20, end: 39, in: 'title' });
    expect(out?.title).toBe(titled.title);
  });

  it('prefers the dateline of the first paragraph, and reads a suffix ending two headlines as a site', () => {
    const both = {
      ...story(null, 'LISBON (Reuters) - The talks ended.'),
      title: 'Talks end – The Harbour Courier',
    };
    expect(findSources([both])[0]?.source?.name).toBe('Reuters');
    const twice = ['Talks end – Harbour Brief', 'Ports reopen – Harbour Brief'].map((title) => ({
      ...story(null, 'The talks ended.'),
      title,
    }));
    expect(findSources(twice).map((s) => s.source?.name)).toEqual(['Harbour Brief', 'Harbour Brief']);
    expect(findSources([twice[0]!])[0]?.source).toBeNull();
  });
});
