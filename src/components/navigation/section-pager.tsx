import { Link } from 'react-router';
import type { SectionSummary } from '../../core/schema.ts';
import { sectionPath } from '../../url/paths.ts';
import { sectionLabel } from '../story/section-label.ts';
import { neighbours } from './neighbours.ts';

/** "‹ 2 of 4 ›": previous and next section of the story (keys k and j). */
export function SectionPager({
  storyId,
  sections,
  currentId,
  search,
}: {
  storyId: string;
  sections: readonly SectionSummary[];
  currentId: string;
  search: string;
}) {
  if (sections.length < 2) return null;
  const at = sections.findIndex((s) => s.id === currentId);
  const { prev, next } = neighbours(sections, at);
  const arrow = (rel: 'prev' | 'next', section: SectionSummary | null) => {
    const glyph = rel === 'prev' ? '‹' : '›';
    if (!section)
      return (
        <span className="section-pager__arrow is-disabled" aria-hidden="true">
          {glyph}
        </span>
      );
    const label = `${rel === 'prev' ? 'Previous' : 'Next'} section: ${sectionLabel(section)}`;
    return (
      <Link
        rel={rel}
        to={sectionPath(storyId, section.id, search)}
        preventScrollReset
        className="section-pager__arrow"
        aria-label={label}
        aria-keyshortcuts={rel === 'prev' ? 'k' : 'j'}
        title={`${label} (${rel === 'prev' ? 'k' : 'j'})`}
      >
        {glyph}
      </Link>
    );
  };
  return (
    <nav aria-label="Sections" className="section-pager">
      {arrow('prev', prev)}
      <span className="section-pager__position">
        {at + 1} of {sections.length}
      </span>
      {arrow('next', next)}
    </nav>
  );
}
