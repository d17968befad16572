import type { EntityType, Mention } from '../schema.ts';

/** Who a rule found speaking, before pronouns are resolved. */
export type SpeakerRef =
  /** A person or organization the text names: "Azarov said". */
  | { kind: 'entity'; entityId: string; text: string }
  /** Words that describe an unnamed speaker: "the Ukrainian prime minister", "activists". */
  | { kind: 'phrase'; text: string }
  /** "he", "she", "they", "it": resolved against the speakers and people before it. */
  | { kind: 'pronoun'; text: string };

/** A statement a rule attributes, with UTF-16 offsets into its paragraph. */
export interface Statement {
  start: number;
  end: number;
  speaker: SpeakerRef;
  /** The rule that made it (`quote:reported`, `quote:inverted`, `quote:participle`), so a wrong mark can be traced. */
  rule: string;
  /** Offset of the speech verb, for the reading order of speakers. */
  at: number;
}

/** What the rules read: one paragraph's text, its mentions, and the type of each mentioned entity. */
export interface QuoteText {
  text: string;
  mentions: readonly Mention[];
  typeOf: (entityId: string) => EntityType | undefined;
}

/** A stretch of a paragraph: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}
