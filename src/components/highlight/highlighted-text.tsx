import type { ReactElement, ReactNode } from 'react';
import { demonymRanges } from '../../core/query/demonym-ranges.ts';
import { textSegments } from '../../core/query/text-segments.ts';
import type { Mention } from '../../core/schema.ts';
import { useEntityMarks } from './entity-marks-context.ts';
import { MentionMark } from './mention-mark.tsx';
import './entity-marks.css';

/** The rule of the marks made here for demonyms; they are not the extractor's mentions. */
const DEMONYM_RULE = 'ui:demonym';

interface HighlightedTextProps {
  text: string;
  mentions: readonly Mention[];
  /**
   * False inside links and other controls (a headline in a story list): marks are drawn but are not
   * buttons, since a control may not hold another.
   */
  interactive?: boolean;
  /** Where `text` starts in its paragraph, when it is a piece of one (a quoted statement): marks keep paragraph offsets. */
  offset?: number;
}

/** Text sliced at its mentions' offsets, each mention a mark that names its entity and opens its card. */
export function HighlightedText({ text, mentions, interactive = true, offset = 0 }: HighlightedTextProps) {
  const { entityById, hiddenTypes, activeIds, demonymPlaces } = useEntityMarks();
  // "Russian" marks Russia when the reader asked for demonyms; a real mention wins where they meet
  const demonyms: Mention[] = demonymPlaces.flatMap((place) =>
    demonymRanges(text, place.demonyms).map(([start, end]) => ({
      start,
      end,
      entityId: place.id,
      rule: DEMONYM_RULE,
    })),
  );
  const pieces = textSegments(text, demonyms.length ? [...mentions, ...demonyms] : mentions).map(
    (segment) => {
      const slice = text.slice(segment.start, segment.end);
      const entity = segment.mention && entityById.get(segment.mention.entityId);
      if (!segment.mention || !entity || hiddenTypes.has(entity.type)) return slice;
      return (
        <MentionMark
          key={segment.start}
          entity={entity}
          surface={slice}
          start={offset + segment.start}
          active={activeIds.has(entity.id)}
          interactive={interactive}
          demonym={segment.mention.rule === DEMONYM_RULE}
        />
      );
    },
  );
  return <>{keepPunctuation(pieces)}</>;
}

/** Punctuation touching a mark on its left ("(", "“") or right (",", ".", ")", "’s"): kept on its line. */
const OPENING = /[^\s\p{L}\p{N}]*$/u;
const CLOSING = /^(?:[^\s\p{L}\p{N}]|(?<=[’'])s\b)*/u;

/**
 * Wraps each mark with the punctuation touching it in a `.mention-group` (`white-space: nowrap`): a mark's
 * button is an atomic inline, so the browser may otherwise break between "Crimea" and ", according to",
 * or between "(" and "£ 2 million)". Marks joined only by punctuation ("Kyiv–Kharkiv") share one group.
 */
function keepPunctuation(pieces: readonly (string | ReactElement)[]): ReactNode[] {
  const out: ReactNode[] = [];
  let group: ReactNode[] | null = null;
  let text = '';
  const close = () => {
    if (group && group.length > 1)
      out.push(
        <span key={`g${out.length}`} className="mention-group">
          {group}
        </span>,
      );
    else if (group) out.push(...group);
    group = null;
  };
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      let rest = piece;
      if (group) {
        const closing = CLOSING.exec(rest)?.[0] ?? '';
        if (closing) group.push(closing);
        rest = rest.slice(closing.length);
        if (rest === '') continue;
        close();
      }
      text += rest;
      continue;
    }
    if (!group) {
      const opening = OPENING.exec(text)?.[0] ?? '';
      if (text.length > opening.length) out.push(text.slice(0, text.length - opening.length));
      text = '';
      group = opening ? [opening] : [];
    }
    group.push(piece);
  }
  close();
  if (text) out.push(text);
  return out;
}
