import { plural } from '../../core/text/plural.ts';
import { useState } from 'react';
import { Link } from 'react-router';
import type { StoryHits } from '../../core/search/group-hits.ts';
import { storyPath } from '../../url/paths.ts';
import { sectionLabel } from '../story/section-label.ts';
import { SearchHitText } from './search-hit-text.tsx';
import { searchHitPath } from './search-hit-path.ts';
import { SearchSnippet } from './search-snippet.tsx';

/** Hits shown per story before "Show all". */
const FIRST_HITS = 4;

interface SearchStoryGroupProps {
  group: StoryHits;
  terms: readonly string[];
  /** The query string every link carries (`?q=…` and the filter), so the story marks the hit. */
  search: string;
}

/** One story of the results: its headline (marked), then each hit with its section and a marked snippet. */
export function SearchStoryGroup({ group, terms, search }: SearchStoryGroupProps) {
  const { story, hits, title } = group;
  const [all, setAll] = useState(false);
  const shown = all ? hits : hits.slice(0, FIRST_HITS);
  // The headline is a hit but not a row of the list: the meta line says so, and the button counts only rows.
  const count = hits.length + (title ? 1 : 0);
  const headingId = `search-story--${story.id}`;
  return (
    <li className="search-group">
      <article aria-labelledby={headingId}>
        <h2 id={headingId} className="search-group__title">
          <Link to={storyPath(story.id, search)}>
            <SearchSnippet text={story.title} terms={terms} />
          </Link>
        </h2>
        <p className="search-group__meta">
          {plural(count, 'hit', 'hits')}
          {title && hits.length > 0 && `: the headline and ${hits.length} below it`}
          {title && hits.length === 0 && ': the headline'}
        </p>
        {shown.length > 0 && (
          <ol className="search-group__hits">
            {shown.map((hit) => {
              const section = story.sections.find((s) => s.id === hit.sectionId);
              const key = hit.kind === 'paragraph' ? hit.paragraphId : `#${hit.sectionId}`;
              return (
                <li key={key} className="search-hit">
                  <Link className="search-hit__link" to={searchHitPath(story.id, hit, search)}>
                    <span className="search-hit__section">
                      {section ? sectionLabel(section) : ''}
                      {hit.kind === 'heading' ? ' · sub-heading' : ''}
                    </span>
                    <span className="search-hit__text">
                      <SearchHitText story={story} hit={hit} terms={terms} />
                    </span>
                  </Link>
                </li>
              );
            })}
          </ol>
        )}
        {hits.length > shown.length && (
          <button type="button" className="search-group__more" onClick={() => setAll(true)}>
            Show all {plural(hits.length, 'hit', 'hits')} {title ? 'below the headline' : 'in this story'}
          </button>
        )}
      </article>
    </li>
  );
}
