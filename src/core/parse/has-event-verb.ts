import verbForms from './lexicon/verb-forms.json' with { type: 'json' };

const INFLECTED = new Set(verbForms.inflected);
const INFINITIVES = new Set(verbForms.infinitives);
/** Words before which a verb form is a noun: "the arms", "its cuts". */
const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'its',
  'their',
  'his',
  'her',
  'our',
  'my',
  'your',
  'this',
  'these',
]);
/** Words after which "-s" is not a verb: "Evacuations from the border", "news of", "talks and". */
const NOT_OBJECT = new Set(['of', 'and', 'or', 'from', '—', '–', '-']);
/** A question opening with an auxiliary asks what will happen: "Will the ceasefire hold?", "Is the quarrel over?" */
const AUXILIARIES = new Set([
  'will',
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'can',
  'could',
  'should',
  'did',
  'does',
]);
/** Words ending in "-ed" that are not past forms: "Hundred flee", "Speed limits". */
const NOT_PAST = new Set([
  'hundred',
  'bed',
  'red',
  'shed',
  'seed',
  'need',
  'speed',
  'breed',
  'greed',
  'creed',
  'deed',
  'weed',
  'steed',
  'indeed',
  'naked',
  'sacred',
  'wicked',
  'kindred',
  'shred',
  'sled',
  'wed',
  'fed',
  'led',
  'med',
  'ted',
]);

/** "sets new", "hosts talks": a word in "-s" (not "-ss", "-us", "-is", "'s") with an object or a number after it. */
function presentWithObject(word: string, next: string | undefined): boolean {
  if (word.length < 4 || !word.endsWith('s') || /(ss|us|is|['’]s)$/u.test(word)) return false;
  return next !== undefined && next !== '' && !NOT_OBJECT.has(next);
}

/**
 * Whether a title has a verb: it says what happened ("Sensitive document found on rainy streets", "New Zealand
 * begins process", "Swiss voters approve climate law"), as headlines do, rather than naming a topic as sub-headings
 * do ("Cosplay celebration of craftsmanship and characters", "Displays of charity at event"). The first word is not
 * looked at ("Displays of …"), nor a form after "the" or before "of" ("the arms of the rebels").
 */
export function hasEventVerb(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, ''));
  if (AUXILIARIES.has(words[0] ?? '')) return true;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    const previous = words[i - 1] ?? '';
    const next = words[i + 1];
    if (word.length < 2 || DETERMINERS.has(previous) || next === 'of') continue;
    if (INFLECTED.has(word)) return true;
    if (word.length >= 5 && word.endsWith('ed') && !NOT_PAST.has(word)) return true;
    if (presentWithObject(word, next)) return true;
    // "voters approve", "Tehran and Riyadh reopen": an infinitive after a plural or a name is a present verb;
    // "Volkswagen to cut jobs": after "to", one that will happen.
    if (
      INFINITIVES.has(word) &&
      (previous === 'to' || previous.endsWith('s') || /^\p{Lu}/u.test(text.split(/\s+/)[i - 1] ?? ''))
    )
      return true;
  }
  return false;
}
