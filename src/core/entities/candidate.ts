import type { Coordinates, EntityType, EntityValue } from '../schema.ts';

/** A word, number or punctuation mark of a text, with its UTF-16 offsets. */
export interface Token {
  /** The token as in the text ("Russia" of "Russia’s": the possessive is its own token). */
  text: string;
  /** Lower-cased, accent-folded, straight-quoted form used as a lookup key. */
  key: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Made only of letters and upper-case ones ("EU", "UK", "U.S."). */
  allCaps: boolean;
  /** First word of a sentence, where a capital says nothing. */
  sentenceStart: boolean;
  kind: 'word' | 'number' | 'punct';
}

/** A text (headline, heading or paragraph) cut into tokens. */
export interface TokenizedText {
  text: string;
  tokens: Token[];
}

/** A possible mention found by a rule, before overlaps are resolved and aliases merged. */
export interface Candidate {
  /** Token index of the first token. */
  first: number;
  /** Token index just past the last token. */
  last: number;
  start: number;
  end: number;
  type: EntityType;
  /** Canonical name when the rule knows it (gazetteer), else the surface form. */
  name: string;
  rule: string;
  /** Higher wins among spans of equal length. */
  priority: number;
  /** True when the name comes from a gazetteer, whose names are canonical and never fuzzily re-linked. */
  known: boolean;
  coordinates: Coordinates | null;
  demonyms: readonly string[];
  value: EntityValue | null;
}
