import { useEffect, type KeyboardEvent } from 'react';
import { Link } from 'react-router';
import { MIN_PREFIX } from '../../core/search/search-defaults.ts';
import { searchPath } from '../../url/paths.ts';
import { searchCount } from './search-count.ts';
import { SearchHitText } from './search-hit-text.tsx';
import { searchHitPath } from './search-hit-path.ts';
import { SearchSnippet } from './search-snippet.tsx';
import type { FoundStory } from './found-stories.ts';
import { useFoundStory } from './use-found-story.ts';
import { useSearch } from './use-search.ts';
import { shortQuery } from './short-query.ts';

/** Stories shown under the box; the rest are on the results page. */
const LIVE_STORIES = 6;

interface SearchLiveResultsProps {
  /** The query as typed (debounced). */
  query: string;
  /** The filter parameters to carry (no `q`). */
  carried: string;
  /** Focus goes back to the search box (Escape, or Arrow Up from the first result). */
  onBackToInput: () => void;
  /** Says the count in the search form's polite live region ("5 hits in 1 story for mariu"). */
  onAnnounce: (message: string) => void;
}

/**
 * Results as you type, under the header's search box: the best stories with a marked snippet of their first
 * hit, and a link to every hit. Counts are announced politely; Arrow keys move between the results.
 */
export function SearchLiveResults({ query, carried, onBackToInput, onAnnounce }: SearchLiveResultsProps) {
  const { terms, loading, error, results } = useSearch(query, carried);
  // "ma" matches only the word "ma": say so rather than "No hits" while the reader is still typing
  const short = results?.hitCount === 0 && terms.every((term) => term.length < MIN_PREFIX);
  const count = results ? (short ? 'Keep typing…' : searchCount(results)) : null;
  useEffect(() => {
    if (count && !short) onAnnounce(`${count} for ${shortQuery(query)}`);
  }, [onAnnounce, count, query, short]);
  if (terms.length === 0) return null;
  const search = new URLSearchParams(carried);
  search.set('q', query);
  const all = searchPath(query, carried);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') return;
    event.preventDefault();
    if (event.key === 'Escape') return onBackToInput();
    const links = [...event.currentTarget.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.findIndex((link) => link === document.activeElement);
    const next = at + (event.key === 'ArrowDown' ? 1 : -1);
    if (next < 0) onBackToInput();
    else links[Math.min(next, links.length - 1)]?.focus();
  };

  return (
    <div className="search-live" onKeyDown={onKeyDown}>
      <p className="search-live__status">
        {error ? 'Could not load the search index.' : loading || !count ? 'Loading the search index…' : count}
      </p>
      {results && results.stories.length > 0 && (
        <>
          <ul className="search-live__list" aria-label="Results as you type">
            {results.stories.slice(0, LIVE_STORIES).map((found) => (
              <LiveResult key={found.key} found={found} terms={terms} search={search.toString()} />
            ))}
          </ul>
          <Link className="search-live__all" to={all}>
            See all: {count}
          </Link>
        </>
      )}
    </div>
  );
}

/** One story under the box: its headline and its first hit, marked, once its hits are known. */
function LiveResult({
  found,
  terms,
  search,
}: {
  found: FoundStory;
  terms: readonly string[];
  search: string;
}) {
  const state = useFoundStory(found);
  if (!('group' in state))
    return (
      <li>
        <span className="search-live__snippet">
          {'error' in state ? 'Could not load this story.' : 'Loading…'}
        </span>
      </li>
    );
  const { story, hits } = state.group;
  const first = hits[0] ?? null;
  return (
    <li>
      <Link className="search-live__link" to={searchHitPath(story.id, first, search)}>
        <span className="search-live__title">
          <SearchSnippet text={story.title} terms={terms} />
        </span>
        {first && (
          <span className="search-live__snippet">
            <SearchHitText story={story} hit={first} terms={terms} width={110} />
          </span>
        )}
      </Link>
    </li>
  );
}
