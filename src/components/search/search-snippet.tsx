import { Fragment } from 'react';
import { makeSnippet } from '../../core/search/make-snippet.ts';
import { markRanges } from '../../core/search/mark-ranges.ts';
import './search.css';

interface SearchSnippetProps {
  text: string;
  /** Folded query terms (`queryTerms`). */
  terms: readonly string[];
  /** Characters around the first hit; omit to show the whole text. */
  width?: number;
}

/**
 * Text with the words that answer the query in `<mark>`, cut to a window around the first one. Built from
 * offsets into plain text nodes: text that looks like HTML stays text.
 */
export function SearchSnippet({ text, terms, width = Infinity }: SearchSnippetProps) {
  const { parts, before, after } = makeSnippet(text, markRanges(text, terms), width);
  return (
    <>
      {before && '… '}
      {parts.map((part, i) =>
        part.mark ? (
          <mark key={i} className="search-mark">
            {part.text}
          </mark>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
      {after && ' …'}
    </>
  );
}
