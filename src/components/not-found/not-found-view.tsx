import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { StorySummary } from '../../core/schema.ts';
import { homePath, storyPath } from '../../url/paths.ts';
import { useDocumentTitle } from '../document-title/use-document-title.ts';
import { StoryLink } from '../navigation/story-link.tsx';

interface NotFoundViewProps {
  /** "Story not found", "Section not found", "Page not found". */
  title: string;
  /** What was asked for and is missing. */
  children: ReactNode;
  /** Headlines close to what was asked for. */
  suggestions: readonly StorySummary[];
}

/** A not-found page that helps the reader on: the closest headlines and a way home. */
export function NotFoundView({ title, children, suggestions }: NotFoundViewProps) {
  const { search } = useLocation();
  useDocumentTitle(title);
  return (
    <div className="not-found">
      <h1 tabIndex={-1}>{title}</h1>
      <div className="not-found__message">{children}</div>
      {suggestions.length > 0 && (
        <>
          <h2>Did you mean</h2>
          <ul className="not-found__suggestions">
            {suggestions.map((story) => (
              <li key={story.id}>
                <StoryLink story={story} to={storyPath(story.id, search)} dir="auto">
                  {story.title}
                </StoryLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={homePath(search)}>Back to all stories</Link>
      </p>
    </div>
  );
}
