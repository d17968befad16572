import { useNavigate, useNavigation } from 'react-router';
import type { CorpusIndex, StoryBody, StorySummary } from '../../core/schema.ts';
import { homePath, sectionPath, storyPath } from '../../url/paths.ts';
import { useDocumentTitle } from '../document-title/use-document-title.ts';
import { Breadcrumbs } from '../navigation/breadcrumbs.tsx';
import { neighbours } from '../navigation/neighbours.ts';
import { SectionPager } from '../navigation/section-pager.tsx';
import { StoryPager } from '../navigation/story-pager.tsx';
import { useKeyboardShortcuts } from '../shortcuts/use-keyboard-shortcuts.ts';
import { SCROLL_SPY_STATE } from './scroll-spy-state.ts';
import { SectionBlock } from './section-block.tsx';
import { sectionLabel } from './section-label.ts';
import { StoryHeader } from './story-header.tsx';
import { useScrollSpy } from './use-scroll-spy.ts';
import { useScrollToTarget } from './use-scroll-to-target.ts';
// in the order they were one file in: later rules (the header's h1, a section's paragraphs) override earlier ones
import './story.css';
import '../navigation/reading-bar.css';
import './story-header.css';
import './section-block.css';
import '../navigation/story-pager.css';
import { APP_IDS } from '../layout/app-ids.ts';

interface StoryViewProps {
  index: CorpusIndex;
  summary: StorySummary;
  body: StoryBody;
  /** The section the URL names, or null for the story's own URL. */
  sectionId: string | null;
  /** The paragraph the URL's hash names, or null. */
  paragraphId: string | null;
  /** The query string links carry. */
  search: string;
}

/** A story to read: breadcrumbs, headline, sections; tracks the section in view and binds j k [ ]. */
export function StoryView({ index, summary, body, sectionId, paragraphId, search }: StoryViewProps) {
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { sections } = body.story;
  const firstId = sections[0]?.id ?? null;
  const currentId = sectionId ?? firstId;
  const current = sections.find((s) => s.id === currentId) ?? null;
  const section = neighbours(
    sections,
    sections.findIndex((s) => s.id === currentId),
  );
  const story = neighbours(
    index.stories,
    index.stories.findIndex((s) => s.id === summary.id),
  );
  const target = paragraphId && sections.some((s) => s.paragraphs.some((p) => p.id === paragraphId));

  const disarm = useScrollSpy(
    sections.map((s) => s.id),
    (id) => {
      // A link or key is taking the reader somewhere: let it land before following the scroll again.
      if (id === currentId || navigation.state !== 'idle') return;
      navigate(sectionPath(summary.id, id, search), {
        replace: true,
        preventScrollReset: true,
        state: SCROLL_SPY_STATE,
      });
    },
  );
  // The untitled lead section lands on the headline: it is the lead's heading.
  const sectionTarget = sectionId && current?.heading === null ? APP_IDS.storyTitle : sectionId;
  useScrollToTarget(target ? paragraphId : sectionTarget, disarm);
  const go = (to: string | null) => to && void navigate(to, { preventScrollReset: true });
  useKeyboardShortcuts({
    nextSection: () => go(section.next && sectionPath(summary.id, section.next.id, search)),
    previousSection: () => go(section.prev && sectionPath(summary.id, section.prev.id, search)),
    nextStory: () => story.next && void navigate(storyPath(story.next.id, search)),
    previousStory: () => story.prev && void navigate(storyPath(story.prev.id, search)),
  });
  useDocumentTitle(sectionId && current?.heading ? current.heading : null, summary.title);

  const document = index.documents.find((d) => d.id === summary.documentId);
  return (
    <article className="story" aria-labelledby={APP_IDS.storyTitle}>
      <div className="reading-bar">
        <Breadcrumbs
          items={[
            { label: 'Stories', to: homePath(search) },
            { label: summary.title, to: storyPath(summary.id, search) },
            ...(sectionId && current ? [{ label: sectionLabel(current) }] : []),
          ]}
        />
        {currentId && (
          <SectionPager
            storyId={summary.id}
            sections={summary.sections}
            currentId={currentId}
            search={search}
          />
        )}
      </div>
      <StoryHeader story={summary} document={document} search={search} />
      {sections.map((s) => (
        <SectionBlock
          key={s.id}
          storyId={summary.id}
          section={s}
          isCurrent={sectionId !== null && s.id === sectionId}
          targetParagraphId={target && s.paragraphs.some((p) => p.id === paragraphId) ? paragraphId : null}
          search={search}
        />
      ))}
      <StoryPager prev={story.prev} next={story.next} search={search} />
    </article>
  );
}
