import { useEffect, useMemo } from 'react';
import { useLocation } from 'react-router';
import { markRanges } from '../../core/search/mark-ranges.ts';
import { queryTerms } from '../../core/search/query-terms.ts';
import './search-hit-highlight.css';
import { shortQuery } from './short-query.ts';
import { queryParam } from '../../url/query-param.ts';

/** The name of the CSS highlight (`::highlight(search-hit)`). */
export const SEARCH_HIGHLIGHT = 'search-hit';

// Text that is not the paragraph's own words: an open entity card, screen-reader-only labels.
const NOT_TEXT = '[role="dialog"], [role="tooltip"], .entity-card, .visually-hidden, [aria-hidden="true"]';

/** Ranges over the text nodes of `element` that answer the folded query `terms`. */
export function searchTermRanges(element: Element, terms: readonly string[]): Range[] {
  const ranges: Range[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node instanceof Text) || node.parentElement?.closest(NOT_TEXT)) continue;
    for (const { start, end } of markRanges(node.data, terms)) {
      const range = element.ownerDocument.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      ranges.push(range);
    }
  }
  return ranges;
}

/**
 * Marks the words of the URL's `?q=` in the paragraph a search result linked to, with the CSS Custom Highlight
 * API: nothing is added to the paragraph's DOM, so its entity marks and React's rendering stay untouched.
 * The ranges follow the paragraph when it re-renders. Screen readers get a sentence saying what is marked.
 */
export function SearchHitHighlight({ paragraphId }: { paragraphId: string }) {
  const { search } = useLocation();
  const query = queryParam(search);
  const key = useMemo(() => queryTerms(query).join(' '), [query]);
  useEffect(() => {
    const element = document.getElementById(paragraphId);
    if (!key || !element || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const terms = key.split(' ');
    const highlight = new Highlight();
    const mark = () => {
      highlight.clear();
      for (const range of searchTermRanges(element, terms)) highlight.add(range);
    };
    mark();
    CSS.highlights.set(SEARCH_HIGHLIGHT, highlight);
    const observer = new MutationObserver(mark);
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      if (CSS.highlights.get(SEARCH_HIGHLIGHT) === highlight) CSS.highlights.delete(SEARCH_HIGHLIGHT);
    };
  }, [paragraphId, key]);
  if (!key) return null;
  return (
    <span className="visually-hidden">
      Search hit: words matching “{shortQuery(query)}” are marked in this paragraph.
    </span>
  );
}
