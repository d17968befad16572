import { Link } from 'react-router';
import { entitySlug } from '../../core/query/entity-slug.ts';
import { quotePieces } from '../../core/quotes/quote-pieces.ts';
import type { Paragraph, QuoteSpeaker } from '../../core/schema.ts';
import { entityPath } from '../../url/paths.ts';
import { useEntityMarks } from '../highlight/entity-marks-context.ts';
import { HighlightedText } from '../highlight/highlighted-text.tsx';
import './quotes.css';

/** The speaker's name: the entity's canonical name when known, else the words that describe them. */
export function useSpeakerName(): (speaker: QuoteSpeaker) => string {
  const { entityById } = useEntityMarks();
  return (speaker) => (speaker.entityId && entityById.get(speaker.entityId)?.name) || speaker.text;
}

/**
 * A paragraph's text with each attributed statement marked: a tint, an opening speech mark and the speaker named
 * after it (a link to their page when the text names them), so the mark does not rest on colour; a screen reader
 * hears "Statement by Oleksiy Aristovich:" before the words.
 */
export function QuotedText({ paragraph }: { paragraph: Paragraph }) {
  const { entityById } = useEntityMarks();
  const nameOf = useSpeakerName();
  return (
    <>
      {quotePieces(paragraph).map((piece) => {
        const text = paragraph.text.slice(piece.start, piece.end);
        const body = <HighlightedText text={text} mentions={piece.mentions} offset={piece.start} />;
        if (!piece.quote) return <span key={piece.start}>{body}</span>;
        const { speaker } = piece.quote;
        const name = nameOf(speaker);
        const entity = speaker.entityId ? entityById.get(speaker.entityId) : undefined;
        return (
          <span key={piece.start} className="statement" data-speaker={speaker.entityId ?? undefined}>
            <span className="visually-hidden">Statement by {name}: </span>
            <span className="statement__words">{body}</span>
            <span className="statement__by">
              <span aria-hidden="true">◂ </span>
              <span className="visually-hidden">(end of statement by </span>
              {entity ? <Link to={entityPath(entity.type, entitySlug(entity.id))}>{name}</Link> : name}
              <span className="visually-hidden">)</span>
            </span>
          </span>
        );
      })}
    </>
  );
}
