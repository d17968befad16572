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
  return (
    <>
      {textSegments(text, demonyms.length ? [...mentions, ...demonyms] : mentions).map((segment) => {
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
      })}
    </>
  );
}
