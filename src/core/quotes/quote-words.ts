import verbs from './lexicon/speech-verbs.json' with { type: 'json' };
import words from './lexicon/speaker-words.json' with { type: 'json' };

/** One finite or participle form of a speech verb, with what its lemma allows. */
export interface VerbForm {
  form: string;
  lemma: string;
  participle: boolean;
  bare: boolean;
  object: boolean;
}

/** Every speech verb form, longest first so "pointed out" wins over a shorter form. */
export const VERB_FORMS: readonly VerbForm[] = verbs.verbs
  .flatMap((v) => {
    const base = { lemma: v.lemma, bare: v.bare === true, object: v.object === true };
    return [
      ...v.forms.map((form) => ({ ...base, form, participle: false })),
      { ...base, form: v.participle, participle: true },
    ];
  })
  .sort((a, b) => b.form.length - a.form.length);

const set = (list: readonly string[]): ReadonlySet<string> => new Set(list);

export const SOURCE_NOUNS = set(words.sourceNouns);
export const PRONOUNS = set(words.pronouns);
export const RELATIVES = set(words.relatives);
export const LEADING = [...words.leading].sort((a, b) => b.length - a.length);
export const TRAILING = set(words.trailing);
export const APPOSITION_STARTS = set(words.appositionStarts);
export const NOT_BEFORE = set(words.notBefore);
export const NOT_AFTER = set(words.notAfter);
export const BARE_BLOCKERS = set(words.bareBlockers);
export const HEAD_PREPOSITIONS = set(words.headPrepositions);
export const ABBREVIATIONS = set(words.abbreviations);
export const SUBORDINATORS = set(words.subordinators);
export const PREPOSITIONS = set(words.prepositions);
export const FINITE_VERBS = set(words.finiteVerbs);
export const OBJECT_WORDS = set(words.objectPronouns);
export const VERB_FORM_SET: ReadonlySet<string> = new Set(VERB_FORMS.map((v) => v.form));
