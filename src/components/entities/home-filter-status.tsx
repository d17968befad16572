import type { UnknownFilterValue } from '../../core/query/parse-entity-filter.ts';
import { UnknownFilterNotice } from './unknown-filter-notice.tsx';

interface HomeFilterStatusProps {
  /** Whether the filter hides anything. */
  active: boolean;
  shownStories: number;
  hiddenStories: number;
  matchingParagraphs: number;
  unknown: readonly UnknownFilterValue[];
}

/** Above the story list: what the filter keeps ("1 story, 2 matching paragraphs; 4 stories hidden by the filter"). */
export function HomeFilterStatus({
  active,
  shownStories,
  hiddenStories,
  matchingParagraphs,
  unknown,
}: HomeFilterStatusProps) {
  return (
    <>
      <UnknownFilterNotice unknown={unknown} />
      {active && (
        <p className="filter-status" role="status">
          {shownStories} {shownStories === 1 ? 'story' : 'stories'} with {matchingParagraphs} matching{' '}
          {matchingParagraphs === 1 ? 'paragraph' : 'paragraphs'}; {hiddenStories}{' '}
          {hiddenStories === 1 ? 'story' : 'stories'} hidden by the filter.
        </p>
      )}
    </>
  );
}
