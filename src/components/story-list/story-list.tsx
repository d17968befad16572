import { plural } from '../../core/text/plural.ts';
import { memo, useMemo } from 'react';
import type { CorpusIndex, IndexWhole } from '../../core/schema.ts';
import { ListPagination } from './list-pagination.tsx';
import { StoryCard } from './story-card.tsx';
import { STORIES_PER_PAGE, storyPage } from '../../core/query/story-page.ts';
import { pageParam, withPage } from '../../url/page-search.ts';
import './story-list.css';
import { usePageStatusFocus } from './use-page-status-focus.ts';

const count = (n: number) => n.toLocaleString('en');

/**
 * The digests and their stories, narrowed to headlines matching `query`, one page (`?page=`) at a time
 * so the page holds the same few cards whatever the size of the corpus. Memoized: the route renders again
 * while a filter's navigation loads, with the same list.
 */
export const StoryList = memo(function StoryList({
  index,
  whole,
  query,
  search,
  matches,
}: {
  index: CorpusIndex;
  /** Given when `index` is a slice holding this page's stories: the whole index's counts. */
  whole?: IndexWhole;
  query: string;
  search: string;
  /** With an entity filter on: matching paragraphs per story id, shown on each card. */
  matches?: ReadonlyMap<string, number>;
}) {
  const requested = pageParam(search);
  // lists every story of the index to cut a page: once per index and page, not per render
  const { groups, page, pageCount, first, last, total } = useMemo(
    () => storyPage(index, query, requested, STORIES_PER_PAGE, whole),
    [index, query, requested, whole],
  );
  const storyCount = whole?.storyCount ?? index.stories.length;
  const documentCount = whole?.documentCount ?? index.documents.length;
  // a story's links carry the filter, not the list page it was found on
  const linkSearch = withPage(search, 1);
  const { status, onNavigate } = usePageStatusFocus(page);
  const range = `${count(first)}–${count(last)}`;
  const summary = query
    ? pageCount > 1
      ? `Stories ${range} of ${count(total)} matching “${query}”`
      : `${count(total)} of ${plural(storyCount, 'story', 'stories')} match “${query}”`
    : pageCount > 1
      ? `Stories ${range} of ${count(total)} in ${plural(documentCount, 'digest', 'digests')}`
      : `${plural(total, 'story', 'stories')} in ${plural(documentCount, 'digest', 'digests')}`;
  return (
    <div className="story-list">
      <p className="story-list__count" role="status" tabIndex={-1} ref={status}>
        {summary}
      </p>
      {groups.map(({ doc, stories }) => (
        <section key={doc.id} className="story-list__document" aria-labelledby={`doc-${doc.id}`}>
          <h2 id={`doc-${doc.id}`} className="story-list__document-name" title={doc.source}>
            {doc.source.split(/[\\/]/).pop()}
          </h2>
          {stories.map((story) => (
            <StoryCard
              key={story.id}
              story={story}
              entities={index.entities}
              search={linkSearch}
              matchingParagraphs={matches?.get(story.id)}
            />
          ))}
        </section>
      ))}
      <ListPagination page={page} pageCount={pageCount} search={search} onNavigate={onNavigate} />
    </div>
  );
});
