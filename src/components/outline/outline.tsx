import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { CorpusIndex } from '../../core/schema.ts';
import { sectionPath, storyPath } from '../../routes/paths';
import { StoryLink } from '../navigation/story-link.tsx';
import { sectionLabel } from '../story/section-label.ts';
import { keepInView } from './keep-in-view.ts';
import './outline.css';

interface OutlineProps {
  index: CorpusIndex;
  /** The story being read: its sections are listed under it. */
  currentStoryId?: string;
  /** The section in view, marked `aria-current="location"`. */
  currentSectionId?: string;
  /** The query string the links carry (filters). */
  search: string;
  /** Called when the reader follows a link (the phone drawer closes). */
  onNavigate?: () => void;
}

/** Stories of the corpus and the sections of the current one; follows the section in view. */
export function Outline({ index, currentStoryId, currentSectionId, search, onNavigate }: OutlineProps) {
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    const current =
      nav.current?.querySelector<HTMLElement>('[aria-current="location"]') ??
      nav.current?.querySelector<HTMLElement>('[aria-current="page"]');
    if (nav.current && current) keepInView(nav.current, current);
  }, [currentStoryId, currentSectionId]);
  const multipleDocuments = index.documents.length > 1;
  const byId = new Map(index.stories.map((s) => [s.id, s]));
  return (
    <nav aria-label="Outline" className="outline" ref={nav}>
      <h2 className="outline__title">Stories</h2>
      {index.documents.map((doc) => (
        <div key={doc.id} className="outline__document">
          {multipleDocuments && (
            <h3 className="outline__document-name" title={doc.source}>
              {doc.source.split(/[\\/]/).pop()}
            </h3>
          )}
          <ol className="outline__stories">
            {doc.storyIds.map((storyId) => {
              const story = byId.get(storyId);
              if (!story) return null;
              const isCurrent = story.id === currentStoryId;
              return (
                <li key={story.id} className={isCurrent ? 'outline__story is-open' : 'outline__story'}>
                  <StoryLink
                    story={story}
                    to={storyPath(story.id, search)}
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
                            to={sectionPath(story.id, section.id, search)}
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
      ))}
    </nav>
  );
}
