import type { Paragraph } from '../../core/schema.ts';
import { SearchHitHighlight } from '../search/search-hit-highlight.tsx';
import { CiteButton } from './cite-button.tsx';
import { CopyLinkButton } from './copy-link-button.tsx';
import { QuotedText } from '../quotes/quoted-text.tsx';

interface ParagraphBlockProps {
  paragraph: Paragraph;
  /** Router path of this paragraph (section path + query + `#p-…`). */
  to: string;
  /** True when the URL's hash points here: the paragraph is marked. */
  isTarget: boolean;
}

/** A paragraph of the reading, with its source line and a copy-link button beside it. */
export function ParagraphBlock({ paragraph, to, isTarget }: ParagraphBlockProps) {
  return (
    <div className={isTarget ? 'para is-target' : 'para'}>
      <p id={paragraph.id} dir="auto" tabIndex={-1} data-line={paragraph.line}>
        <QuotedText paragraph={paragraph} />
      </p>
      {isTarget && <SearchHitHighlight paragraphId={paragraph.id} />}
      <div className="para__tools">
        <span className="para__line" aria-hidden="true">
          line {paragraph.line}
        </span>
        <CopyLinkButton
          to={to}
          label={`Copy link to paragraph at line ${paragraph.line}`}
          title={`Copy link to this paragraph (source line ${paragraph.line})`}
        />
        <CiteButton paragraph={paragraph} to={to} />
      </div>
    </div>
  );
}
