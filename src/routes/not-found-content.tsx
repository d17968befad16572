import { useQuery } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { NotFoundView } from '../components/not-found/not-found-view.tsx';
import { closestHeadlines } from '../components/not-found/closest-headlines.ts';
import { sectionLabel } from '../components/story/section-label.ts';
import { isLocalStoryId } from '../core/bundle/local-ids.ts';
import { corpusIndexQueryOptions } from '../data/corpus-index-query-options.ts';
import type { NotFoundData } from './not-found-data.ts';
import { myDigestsPath, sectionPath } from '../url/paths.ts';

/** The not-found page for a missing story, section or path, with the closest headlines. */
export function NotFoundContent({ missing }: { missing: NotFoundData | { kind: 'page'; path: string } }) {
  const { data: index } = useQuery(corpusIndexQueryOptions());
  const { search } = useLocation();
  const stories = index?.stories ?? [];
  if (missing.kind === 'section') {
    const story = stories.find((s) => s.id === missing.storyId);
    return (
      <NotFoundView
        title="Section not found"
        suggestions={story ? [] : closestHeadlines(missing.storyId, stories)}
      >
        <p>
          {story ? (
            <>
              The story <q dir="auto">{story.title}</q> has no section <code>{missing.sectionId}</code>.
            </>
          ) : (
            <>
              There is no section <code>{missing.sectionId}</code>.
            </>
          )}
        </p>
        {story && (
          <>
            <h2>Sections of this story</h2>
            <ul className="not-found__suggestions">
              {story.sections.map((section) => (
                <li key={section.id}>
                  <Link to={sectionPath(story.id, section.id, search)} dir="auto">
                    {sectionLabel(section)}
                  </Link>
                </li>
              ))}
            </ul>
          </>
        )}
      </NotFoundView>
    );
  }
  const wanted = missing.kind === 'story' ? missing.storyId : missing.path;
  return (
    <NotFoundView
      title={missing.kind === 'story' ? 'Story not found' : 'Page not found'}
      suggestions={closestHeadlines(wanted.replace(/[-/]+/g, ' '), stories)}
    >
      <p>
        {missing.kind === 'story' ? 'There is no story ' : 'There is no page at '}
        <code>{wanted}</code>.
      </p>
      {missing.kind === 'story' && isLocalStoryId(missing.storyId) && (
        <p>
          This link is to a story of a digest someone read in their own browser. Such digests are kept only in
          the browser that read them, so the link opens only there. You can add the digest yourself on{' '}
          <Link to={myDigestsPath()}>Your digests</Link>.
        </p>
      )}
    </NotFoundView>
  );
}
