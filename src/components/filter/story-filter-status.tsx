import { useEntityMarks } from '../highlight/entity-marks-context.ts';
import { ActiveFilters } from './active-filters.tsx';
import { UnknownFilterNotice } from './unknown-filter-notice.tsx';
import { readEntityFilter } from '../../url/read-entity-filter.ts';
import { useSearchParams } from 'react-router';

/** On a story page: how many paragraphs the filter keeps, and any URL value naming no entity. */
export function StoryFilterStatus() {
  const { index, body, visibleParagraphs } = useEntityMarks();
  const [params] = useSearchParams();
  if (!index || !body) return null;
  const { unknown } = readEntityFilter(params, index);
  const total = body.story.sections.reduce((n, s) => n + s.paragraphs.length, 0);
  return (
    <>
      <UnknownFilterNotice unknown={unknown} />
      <ActiveFilters index={index} empty={visibleParagraphs?.size === 0} />
      {visibleParagraphs && (
        <p className="filter-status" role="status">
          {visibleParagraphs.size === 0
            ? 'No paragraph of this story matches the filter.'
            : `${visibleParagraphs.size} of ${total} paragraphs match the filter.`}
        </p>
      )}
    </>
  );
}
