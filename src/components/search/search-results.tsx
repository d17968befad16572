import { useState } from 'react';
import type { GroupedHits } from '../../core/search/group-hits.ts';
import { SearchStoryGroup } from './search-story-group.tsx';

/** Stories listed before "Show more stories": each loads its body for snippets. */
const PAGE = 20;

interface SearchResultsProps {
  results: GroupedHits;
  terms: readonly string[];
  search: string;
}

/** Every story with hits, best first, twenty at a time. */
export function SearchResults({ results, terms, search }: SearchResultsProps) {
  const [shown, setShown] = useState(PAGE);
  const groups = results.groups.slice(0, shown);
  return (
    <>
      <ol className="search-results" aria-label="Stories with hits">
        {groups.map((group) => (
          <SearchStoryGroup key={group.story.id} group={group} terms={terms} search={search} />
        ))}
      </ol>
      {results.groups.length > shown && (
        <button type="button" className="search-results__more" onClick={() => setShown((n) => n + PAGE)}>
          Show more stories ({results.groups.length - shown} more)
        </button>
      )}
    </>
  );
}
