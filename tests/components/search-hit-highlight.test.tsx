import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, test } from 'vitest';
import { SearchHitHighlight, searchTermRanges } from '../../src/components/search/search-hit-highlight.tsx';
import { queryTerms } from '../../src/core/search/query-terms.ts';

/** A paragraph as the reader renders it: text, an entity mark with a button, an open card, a hidden label. */
function paragraph(): HTMLElement {
  const p = document.createElement('p');
  p.innerHTML =
    'Forces besieged <span class="mention-anchor"><mark><button>Mariupol</button></mark>' +
    '<span class="entity-card" role="group">Mariupol, place: 12 mentions</span></span> and ' +
    '&lt;b&gt;Mariupol&lt;/b&gt; port<span class="visually-hidden">Mariupol, place</span>.';
  document.body.append(p);
  return p;
}

describe('searchTermRanges', () => {
  test.each<[string, string[]]>([
    ['mariupol', ['Mariupol', 'Mariupol']],
    ['mariu besieg', ['besieged', 'Mariupol', 'Mariupol']],
    ['b', ['b', 'b']], // "<b>" is text here, a one-letter word matches only itself
    ['port', ['port']],
    ['zzz', []],
  ])('%s marks the paragraph’s own words, not the card or the hidden label', (query, expected) => {
    const ranges = searchTermRanges(paragraph(), queryTerms(query));
    expect(ranges.map((r) => r.toString())).toEqual(expected);
  });
});

describe('SearchHitHighlight', () => {
  test.each<[string, string | null]>([
    ['/story/a/lead?q=mariupol#p-3', 'Search hit: words matching “mariupol” are marked in this paragraph.'],
    ['/story/a/lead?q=the#p-3', null], // only a stop word: nothing to mark
    ['/story/a/lead#p-3', null],
  ])('at %s tells screen readers what is marked', (url, expected) => {
    const router = createMemoryRouter([{ path: '*', element: <SearchHitHighlight paragraphId="p-3" /> }], {
      initialEntries: [url],
    });
    const { container } = render(<RouterProvider router={router} />);
    expect(container.textContent || null).toBe(expected);
    if (expected) expect(screen.getByText(expected).className).toBe('visually-hidden');
  });
});
