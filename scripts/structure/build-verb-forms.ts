/**
 * Generates `src/core/parse/lexicon/verb-forms.json` from compromise's lexicon (dev dependency, MIT): `inflected`,
 * the forms of English verbs that say something happened in a headline ("finds", "found", "begun"), and
 * `infinitives` apart, since most are also nouns ("document", "process", "flag") and count only after a subject
 * ("voters approve"). Deterministic:
 *   npx tsx scripts/structure/build-verb-forms.ts
 */
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';

const OUT = new URL('../../src/core/parse/lexicon/verb-forms.json', import.meta.url);
const lexicon: Record<string, string | string[] | undefined> = nlp.model().one.lexicon;
const conjugate = nlp.methods().two.transform.verb.conjugate as (
  verb: string,
  model: unknown,
) => Record<string, string | undefined>;

const forms = new Set<string>();
const infinitives = new Set<string>();
for (const [word, tags] of Object.entries(lexicon)) {
  const list = Array.isArray(tags) ? tags : [tags];
  if (!list.includes('Infinitive') || word.includes(' ')) continue;
  infinitives.add(word.toLowerCase());
  const c = conjugate(word, nlp.model());
  for (const key of ['PastTense', 'PresentTense', 'Participle']) {
    const form = c[key];
    if (form && !form.includes(' ') && form !== word) forms.add(form.toLowerCase());
  }
}
// Modals say what will happen: "Mali will vote". Forms of "be" and "have" are left to a signal of their own
// ("Washington is cautious" is as often a sub-heading as a headline).
for (const w of ['will', 'can', 'could', 'must']) forms.add(w);
for (const w of ['is', 'are', 'was', 'were', 'has', 'have', 'had', 'been', 'being']) forms.delete(w);
const data = { inflected: [...forms].sort(), infinitives: [...infinitives].sort() };
writeFileSync(OUT, `${JSON.stringify(data)}\n`);
console.log(`${forms.size} inflected forms, ${infinitives.size} infinitives → ${OUT.pathname}`);
