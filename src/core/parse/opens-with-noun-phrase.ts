import verbForms from './lexicon/verb-forms.json' with { type: 'json' };
import { ARTICLES, PREPOSITIONS } from './lexicon/prepositions.ts';

const PREPOSITION = new Set(PREPOSITIONS);
const ARTICLE = new Set(ARTICLES);
/** Prepositions inside names of institutions: "Bank of England", "Agency for Refugees". */
const IN_NAMES = new Set(['of', 'for']);
const INFLECTED = new Set(verbForms.inflected);

/**
 * Whether a line opens like a noun phrase (an article, one noun, a preposition): "The position of the African
 * Union", "Role of the envoy", and in short lines "fires in Rhodes", "peace with the rebels". Sub-headings name a topic; headlines
 * say what happened ("Thousands march in Paris", "Israel warns against …"). Not an institution's name: "Bank of
 * England holds rates", "The Court of Justice rules". Before "of" the noun may be a compound of two words, the
 * second lowercase and no verb: "Cosplay celebration of craftsmanship", "Death toll of the quake" (not "Police
 * arrested of…", not "Central Bank of Kenya").
 */
export function opensWithNounPhrase(text: string): boolean {
  const words = text.split(/\s+/, 5).map((w) => w.replace(/[^\p{L}\p{N}'’-]/gu, ''));
  const start = ARTICLE.has((words[0] ?? '').toLowerCase()) ? 1 : 0;
  if (compoundBeforeOf(words, start)) return true;
  const noun = words[start] ?? '';
  const preposition = (words[start + 1] ?? '').toLowerCase();
  const after = words[start + 2] ?? '';
  if (!noun || !PREPOSITION.has(preposition) || PREPOSITION.has(noun.toLowerCase())) return false;
  // Past five words only "of" is safe: "Clinics in the Arctic close for a month" has its verb further on.
  if (preposition !== 'of' && text.split(/\s+/, 7).length > 5) return false;
  const capitalized = (w: string): boolean => /^\p{Lu}/u.test(w);
  const nounIsName = start === 0 ? capitalized(noun) && capitalized(after) : capitalized(noun);
  return !(IN_NAMES.has(preposition) && nounIsName);
}

/** "Cosplay celebration of …", "the death toll of …": two nouns, the second lowercase and not a verb form, then "of". */
function compoundBeforeOf(words: readonly string[], start: number): boolean {
  const first = words[start] ?? '';
  const second = words[start + 1] ?? '';
  if ((words[start + 2] ?? '').toLowerCase() !== 'of' || !first || !/^\p{Ll}[\p{L}'’-]*$/u.test(second))
    return false;
  const lower = first.toLowerCase();
  return !PREPOSITION.has(lower) && !ARTICLE.has(lower) && !INFLECTED.has(second) && !INFLECTED.has(lower);
}
