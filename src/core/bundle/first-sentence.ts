import abbreviations from './lexicon/abbreviations.json' with { type: 'json' };
/** Longest summary line the story list shows before cutting at a word with "…". */
export const MAX_FIRST_SENTENCE = 280;

// A full stop ends a sentence when it is followed by space and a capital, a digit or an opening quote:
// "… in Mariupol. It is noteworthy" ends; "… unveiled. that the Russian forces" does not.
// Only from the start of a run of marks: "….….…." of a 5 MB line would otherwise be retried at every mark (quadratic).
const BOUNDARY = /(?<![.!?…])[.!?…]+["”’»)\]]*(?=\s+["“‘«([]?[\p{Lu}\p{N}])/gu;
/** An abbreviation is a short word: only this many characters before a full stop are looked at. */
const ABBREVIATION_WINDOW = 40;

// Words whose full stop is an abbreviation, not a sentence end: "Mr. Putin", "lt.col. Alexander Azarov" (data).
const ABBREVIATIONS: ReadonlySet<string> = new Set(abbreviations.words);

/**
 * The first sentence of a paragraph for the story list, cut at a word with "…" when it runs past
 * `MAX_FIRST_SENTENCE` characters.
 */
export function firstSentence(text: string, maxLength = MAX_FIRST_SENTENCE): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let end = flat.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(flat); m !== null; m = BOUNDARY.exec(flat)) {
    if (
      m[0].startsWith('.') &&
      isAbbreviation(flat.slice(Math.max(0, m.index - ABBREVIATION_WINDOW), m.index))
    )
      continue;
    end = m.index + m[0].length;
    break;
  }
  const sentence = flat.slice(0, end);
  if (sentence.length <= maxLength) return sentence;
  const cut = sentence.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–—-]+$/u, '')}…`;
}

/** Whether the word just before a full stop is an abbreviation or an initial ("J.", "U.S", "lt.col"). */
function isAbbreviation(before: string): boolean {
  const word = /([\p{L}.]+)$/u.exec(before)?.[1] ?? '';
  if (word.includes('.')) return true;
  if (word.length === 1 && /\p{Lu}/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
