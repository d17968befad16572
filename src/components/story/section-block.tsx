import { memo } from 'react';
import type { Section } from '../../core/schema.ts';
import { paragraphHash, sectionPath } from '../../url/paths.ts';
import { CollapsedParagraphs } from '../filter/collapsed-paragraphs.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import { ParagraphBlock } from './paragraph-block.tsx';
import { ParagraphText } from './paragraph-text.tsx';

interface SectionBlockProps {
  storyId: string;
  section: Section;
  /** The section the URL names: marked as current. */
  isCurrent: boolean;
  /** The paragraph the URL's hash names, if any. */
  targetParagraphId: string | null;
  search: string;
}

/**
 * A section: its heading (none for the untitled lead) and its paragraphs. Memoised: the scroll spy
 * changes the URL as the reader scrolls, and only the sections whose props change should re-render.
 */
export const SectionBlock = memo(function SectionBlock({
  storyId,
  section,
  isCurrent,
  targetParagraphId,
  search,
}: SectionBlockProps) {
  const path = sectionPath(storyId, section.id, search);
  const headingId = `${section.id}--heading`;
  return (
    <section
      id={section.id}
      tabIndex={-1}
      className={isCurrent ? 'section is-current' : 'section'}
      data-current={isCurrent || undefined}
      data-line={section.line}
    >
      {section.heading !== null && (
        <div className="section__head">
          <h2 id={headingId} dir="auto" tabIndex={-1}>
            <ParagraphText text={section.heading} mentions={section.headingMentions} />
          </h2>
          <CopyLinkButton
            to={path}
            label={`Copy link to section ‘${section.heading}’`}
            title={`Copy link to this section (source line ${section.line})`}
          />
        </div>
      )}
      <CollapsedParagraphs paragraphs={section.paragraphs}>
        {(paragraph) => (
          <ParagraphBlock
            key={paragraph.id}
            paragraph={paragraph}
            to={`${path}${paragraphHash(paragraph.id)}`}
            isTarget={paragraph.id === targetParagraphId}
          />
        )}
      </CollapsedParagraphs>
    </section>
  );
});
