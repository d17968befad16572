import { useHref } from 'react-router';
import { formatCitation } from '../../core/cite/format-citation.ts';
import type { Paragraph } from '../../core/schema.ts';
import { useAnnounce } from '../announcer/announcer-context.ts';
import { useEntityMarks } from '../highlight/entity-marks-context.ts';
import { copyText } from './copy-text.ts';
import './cite-button.css';

interface CiteButtonProps {
  paragraph: Paragraph;
  /** Router path of the paragraph (with query string and hash). */
  to: string;
}

/** Copies a citation of the paragraph (digest, story, section, line, link) and confirms it politely. */
export function CiteButton({ paragraph, to }: CiteButtonProps) {
  const href = useHref(to);
  const announce = useAnnounce();
  const { index, body } = useEntityMarks();
  if (!body) return null;
  const onClick = async () => {
    const story = body.story;
    const section = story.sections.find((s) => s.paragraphs.some((p) => p.id === paragraph.id));
    const digest = index?.documents.find((d) => d.storyIds.includes(story.id))?.source ?? story.id;
    const citation = formatCitation({
      digest,
      story: story.title,
      section: section?.heading ?? null,
      line: paragraph.line,
      url: new URL(href, window.location.href).href,
    });
    const copied = await copyText(citation);
    announce(copied ? 'Citation copied to the clipboard' : `Could not copy; the citation is ${citation}`);
  };
  return (
    <button
      type="button"
      className="cite-button"
      aria-label={`Cite paragraph at line ${paragraph.line}`}
      title="Copy a citation: digest, story, section, line and link"
      onClick={onClick}
    >
      Cite
    </button>
  );
}
