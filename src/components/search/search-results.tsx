import { useState } from 'react';
import type { FoundStories, FoundStory } from './found-stories.ts';
import { SearchStoryGroup } from './search-story-group.tsx';
import { useFoundStory } from './use-found-story.ts';

/** Stories listed before "Show more stories": each loads its body for snippets. */
const PAGE = 20;

interface SearchResultsProps {
  results: FoundStories;
  terms: readonly string[];
  search: string;
}

/** Every story with hits, best first, twenty at a time. */
export function SearchResults({ results, terms, search }: SearchResultsProps) {
  const [shown, setShown] = useState(PAGE);
  const stories = results.stories.slice(0, shown);
  return (
    <>
      <ol className="search-results" aria-label="Stories with hits">
        {stories.map((found) => (
          <FoundStoryItem key={found.key} found={found} terms={terms} search={search} />
        ))}
      </ol>
      {results.stories.length > shown && (
        <button type="button" className="search-results__more" onClick={() => setShown((n) => n + PAGE)}>
          Show more stories ({results.stories.length - shown} more)
        </button>
      )}
    </>
  );
}

/** One story of the list once its hits are known; its place kept meanwhile. */
function FoundStoryItem({
  found,
  terms,
  search,
}: {
  found: FoundStory;
  terms: readonly string[];
  search: string;
}) {
  const state = useFoundStory(found);
  if ('group' in state) return <SearchStoryGroup group={state.group} terms={terms} search={search} />;
  return (
    <li className="search-group search-group--pending">
      <p className="search-group__meta">
        {'error' in state ? `Could not load this story: ${state.error.message}` : 'Loading…'}
      </p>
    </li>
  );
}
