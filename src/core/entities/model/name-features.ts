import type { Token, TokenizedText } from '../candidate.ts';
import { CUES } from '../rules/cue-sets.ts';
import { tokenAt, wordsKey } from '../rules/chunk-words.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/** A run of capitals to classify: tokens `[first, last)`, a leading "the" already left out (`the` says it was there). */
export interface NameSpan {
  first: number;
  last: number;
  the: boolean;
}

const INITIAL = /^\p{Lu}\.?$/u;
const DIGIT = /\p{N}/u;
const INNER_CAP = /^.\p{Ll}+\p{Lu}/u;

/** One letter per token: "A" capitals ("NATO"), "I" an initial ("J."), "m" a capital inside ("McCain"), … */
function shapeOf(t: Token): string {
  if (t.kind === 'punct') return t.text === '-' ? '-' : t.key === "'s" ? 's' : '.';
  if (t.kind === 'number' || DIGIT.test(t.text)) return 'd';
  if (!t.cap) return 'x';
  // "J", "J.": one capital, with or without its period (by length first: this runs per word of every span)
  if (t.text.length <= 2 && INITIAL.test(t.text)) return 'I';
  if (t.allCaps) return 'A';
  return INNER_CAP.test(t.text) ? 'm' : 'X';
}

/** Context word as a feature value: its key, or its shape when it is capitalized ("X" for "Smith said"). */
const around = (t: Token | undefined): string =>
  !t ? '^' : t.cap && t.kind === 'word' ? `${t.key}|X` : t.key;

/**
 * The features the name model scores a run of capitals by: its words, first and last word, shape, suffixes, the two
 * tokens on each side, where it stands in the sentence, and what the lexicons know about its words (gazetteer type,
 * given name, title, organization or place cue). Pure strings, so training and the browser compute the same ones.
 * `lowerKeys` holds the keys the text also writes in lower case: "Reading" at a sentence start whose text has "reading".
 */
export function nameFeatures(doc: TokenizedText, span: NameSpan, lowerKeys: ReadonlySet<string>): string[] {
  const { tokens } = doc;
  const { byKey, demonyms } = gazetteerIndex();
  const words: Token[] = [];
  let shape = '';
  for (let k = span.first; k < span.last; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (shape.length < 6) shape += shapeOf(t);
    if (t.kind === 'word') words.push(t);
  }
  const head = words[0];
  const tail = words[words.length - 1];
  if (!head || !tail) return [];
  const f = [
    'bias',
    `shape:${shape}`,
    `n:${Math.min(words.length, 4)}`,
    `first:${head.key}`,
    `last:${tail.key}`,
  ];
  for (const w of words) f.push(`w:${w.key}`);
  f.push(`suf:${tail.key.slice(-3)}`);
  if (words.length > 1) f.push(`fsuf:${head.key.slice(-3)}`);
  const before = tokenAt(tokens, span.first - (span.the ? 2 : 1));
  f.push(`p1:${around(before)}`, `p2:${around(tokenAt(tokens, span.first - (span.the ? 3 : 2)))}`);
  f.push(`n1:${around(tokens[span.last])}`, `n2:${around(tokens[span.last + 1])}`);
  if (span.the) f.push('the');
  if (head.sentenceStart) f.push(words.length === 1 ? 'start:1' : 'start');
  if (lowerKeys.has(head.key)) f.push('lower:first');
  if (words.length === 1 && lowerKeys.has(head.key)) f.push('lower:only');
  const whole = byKey.get(wordsKey(words));
  if (whole) f.push(`gaz:${whole.type}`);
  const lastKnown = words.length > 1 ? byKey.get(tail.key) : undefined;
  if (lastKnown) f.push(`gaz-last:${lastKnown.type}`);
  const firstKnown = words.length > 1 ? byKey.get(head.key) : undefined;
  if (firstKnown) f.push(`gaz-first:${firstKnown.type}`);
  if (CUES.givenNames.has(head.key)) f.push(words.length > 1 ? 'given:first' : 'given:only');
  if (words.some((w) => CUES.titles.has(w.key))) f.push('title:in');
  // "Dr. Okonkwo Adeyemi", "Mr. Halvorsen": the title's period ends the run of capitals before the name
  const title = before?.text === '.' ? tokenAt(tokens, span.first - (span.the ? 3 : 2)) : before;
  if (title && CUES.titles.has(title.key)) f.push('title:before');
  if (demonyms.has(head.key)) f.push('demonym:first');
  if (CUES.orgSuffixes.has(tail.key) || CUES.companySuffixes.has(tail.key)) f.push('cue:org-suffix');
  if (CUES.orgPrefixes.has(head.key)) f.push('cue:org-prefix');
  if (CUES.featureSuffixes.has(tail.key) || CUES.polities.has(tail.key)) f.push('cue:place-suffix');
  if (CUES.featurePrefixes.has(head.key)) f.push('cue:place-prefix');
  if (CUES.functionWords.has(head.key)) f.push('function-word');
  return f;
}

/** Keys of the words a text writes in lower case, for `nameFeatures`. */
export function lowerCaseKeys(doc: TokenizedText): Set<string> {
  const out = new Set<string>();
  for (const t of doc.tokens) if (t.kind === 'word' && !t.cap) out.add(t.key);
  return out;
}
