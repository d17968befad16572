import { describe, expect, it } from 'vitest';
import { findTitleSource } from '../../../src/core/parse/find-title-source.ts';

describe('findTitleSource', () => {
  it.each<[string, string | null]>([
    ['Ferry operators suspend crossings as storm nears – The Kyiv Independent', 'The Kyiv Independent'],
    ['Court blocks sale of state airline stake | Reuters', 'Reuters'],
    ['Wildfire season starts early in the Algarve - BBC News', 'BBC News'],
    ['Talks stall in Doha — Al Jazeera', 'Al Jazeera'],
    ['Fed holds rates | Financial Times', 'Financial Times'],
    // must not fire: a score, two names, a place, a lowercase phrase, a dash inside the headline, no dash at all
    ['Group B — Spain 2 – 1 Italy', null],
    ['Biden – Putin summit ends without a deal', null],
    ['Biden – Putin summit', null],
    ['Talks resume – Kyiv', null],
    ['Zelensky in Washington – the full interview', null],
    ['Kyiv-based Independent', null],
    ['Floods hit the north', null],
  ])('%j → %j', (title, name) => {
    const source = findTitleSource(title, new Set());
    expect(source?.name ?? null).toBe(name);
    if (source) {
      expect(title.slice(source.start, source.end)).toBe(name);
      expect(source.in).toBe('title');
    }
  });

  it('takes any name-like suffix that ends two headlines of the digest', () => {
    expect(findTitleSource('Talks resume – Harbour Daily Brief', new Set())?.name).toBeUndefined();
    expect(findTitleSource('Talks resume – Harbour Brief', new Set(['harbour brief']))?.name).toBe(
      'Harbour Brief',
    );
  });
});
