import { plural, pluralWord } from '../../core/text/plural.ts';
import type { UnknownFilterValue } from '../../core/query/parse-entity-filter.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { ActiveFilters } from './active-filters.tsx';
import { UnknownFilterNotice } from './unknown-filter-notice.tsx';

interface HomeFilterStatusProps {
  index: CorpusIndex;
  /** Whether the filter hides anything. */
  active: boolean;
  shownStories: number;
  hiddenStories: number;
  matchingParagraphs: number;
  unknown: readonly UnknownFilterValue[];
}

/** Above the story list: the filter's chips and what it keeps ("1 story with 2 matching paragraphs; 2 stories hidden by the filter"). */
export function HomeFilterStatus({
  index,
  active,
  shownStories,
  hiddenStories,
  matchingParagraphs,
  unknown,
}: HomeFilterStatusProps) {
  return (
    <>
      <UnknownFilterNotice unknown={unknown} />
      <ActiveFilters index={index} empty={active && shownStories === 0} />
      {active && (
        <p className="filter-status" role="status">
          {plural(shownStories, 'story', 'stories')} with {matchingParagraphs} matching{' '}
          {pluralWord(matchingParagraphs, 'paragraph', 'paragraphs')};{' '}
          {plural(hiddenStories, 'story', 'stories')} hidden by the filter.
        </p>
      )}
    </>
  );
}
