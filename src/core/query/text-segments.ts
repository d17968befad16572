import type { Mention } from '../schema.ts';

/** A run of text: plain, or one mention. */
export interface TextSegment {
  start: number;
  end: number;
  /** The mention this run is, or null for plain text. */
  mention: Mention | null;
}

/**
 * Cuts a text at its mentions' offsets, so joining the segments gives the text back unchanged.
 * Mentions are expected sorted and apart; one that is out of range, empty or overlaps an earlier one is
 * left as plain text rather than drawn wrong ("Vladimir [Putin]" inside "[Vladimir Putin]").
 */
export function textSegments(text: string, mentions: readonly Mention[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    if (mention.start < at || mention.end <= mention.start || mention.end > text.length) continue;
    if (mention.start > at) segments.push({ start: at, end: mention.start, mention: null });
    segments.push({ start: mention.start, end: mention.end, mention });
    at = mention.end;
  }
  if (at < text.length) segments.push({ start: at, end: text.length, mention: null });
  return segments;
}
