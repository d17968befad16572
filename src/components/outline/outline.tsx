import { plural } from '../../core/text/plural.ts';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { CorpusIndex, IndexWhole } from '../../core/schema.ts';
import { homePath, sectionPath, storyPath } from '../../url/paths.ts';
import { StoryLink } from '../navigation/story-link.tsx';
import { pageParam, withPage } from '../../url/page-search.ts';
import { sectionLabel } from '../story/section-label.ts';
import { boundOutline } from '../../core/query/bound-outline.ts';
import { keepInView } from './keep-in-view.ts';
import './outline.css';
import { queryParam } from '../../url/query-param.ts';

interface OutlineProps {
  index: CorpusIndex;
  /** Given when `index` is a slice of the whole index (a page's first load): the whole index's counts. */
  whole?: IndexWhole;
  /** The story being read: its sections are listed under it. */
  currentStoryId?: string;
  /** The section in view, marked `aria-current="location"`. */
  currentSectionId?: string;
  /** The query string the links carry (filters); on `/` also the list's `page` and `q`, which it mirrors. */
  search: string;
  /** Called when the reader follows a link (the phone drawer closes). */
  onNavigate?: () => void;
}

const digestName = (source: string) => source.split(/[\\/]/).pop();

/**
 * The current digest's stories and the current story's sections; follows the section in view. Other
 * digests are closed to one link each and only a few are listed, so the outline (and every prerendered
 * page holding it) stays the same size however large the corpus grows.
 */
export function Outline({
  index,
  whole,
  currentStoryId,
  currentSectionId,
  search,
  onNavigate,
}: OutlineProps) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const current =
      nav.current?.querySelector<HTMLElement>('[aria-current="location"]') ??
      nav.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav.current && current) keepInView(nav.current, current);
  }, [currentStoryId, currentSectionId]);
  const multipleDocuments = (whole?.documentCount ?? index.documents.length) > 1;
  const params = new URLSearchParams(search);
  const outline = boundOutline(
    index,
    { currentStoryId, query: queryParam(params), page: pageParam(search) },
    whole,
  );
  // story and section links carry the filter, not the list page
  const linkSearch = withPage(search, 1);
  const listLink = (text: string) => (
    <p className="outline__more">
      <Link to={homePath(withPage(linkSearch, outline.page))} className="outline__link" onClick={onNavigate}>
        {text}
      </Link>
    </p>
  );
  return (
    <nav aria-label="Outline" className="outline" ref={nav}>
      <h2 className="outline__title">Stories</h2>
      {outline.before > 0 && listLink(`… ${plural(outline.before, 'earlier digest', 'earlier digests')}`)}
      {outline.digests.map(({ doc, stories, first, storyCount }) =>
        stories.length === 0 ? (
          <div key={doc.id} className="outline__document is-closed">
            <h3 className="outline__document-name" title={doc.source}>
              <StoryLink
                story={first}
                to={storyPath(first.id, linkSearch)}
                className="outline__link outline__document-link"
                onClick={onNavigate}
              >
                {digestName(doc.source)}{' '}
                <span className="outline__count">({plural(storyCount, 'story', 'stories')})</span>
              </StoryLink>
            </h3>
          </div>
        ) : (
          <div key={doc.id} className="outline__document">
            {multipleDocuments && (
              <h3 className="outline__document-name" title={doc.source}>
                {digestName(doc.source)}
              </h3>
            )}
            <ol className="outline__stories">
              {stories.map((story) => {
                const isCurrent = story.id === currentStoryId;
                return (
                  <li key={story.id} className={isCurrent ? 'outline__story is-open' : 'outline__story'}>
                    <StoryLink
                      story={story}
                      to={storyPath(story.id, linkSearch)}
                      aria-current={isCurrent ? 'page' : undefined}
                      className="outline__link outline__story-link"
                      dir="auto"
                      onClick={onNavigate}
                    >
                      {story.title}
                    </StoryLink>
                    {isCurrent && story.sections.length > 1 && (
                      <ol className="outline__sections" aria-label={`Sections of ‘${story.title}’`}>
                        {story.sections.map((section) => (
                          <li key={section.id}>
                            <Link
                              to={sectionPath(story.id, section.id, linkSearch)}
                              preventScrollReset
                              aria-current={section.id === currentSectionId ? 'location' : undefined}
                              className="outline__link outline__section-link"
                              dir="auto"
                              onClick={onNavigate}
                            >
                              {sectionLabel(section)}
                            </Link>
                          </li>
                        ))}
                      </ol>
                    )}
                  </li>
                );
              })}
            </ol>
          </div>
        ),
      )}
      {outline.after > 0 && listLink(`… ${plural(outline.after, 'more digest', 'more digests')}`)}
    </nav>
  );
}
