import type { AnnotatedText } from '../06-merge-aliases.ts';
import { surnameOf } from './surname-of.ts';
import { translitKey } from './translit-key.ts';

/**
 * Keys of the last words of the people a document names in full ("Marco Orlando" → "orlando"): a name confirmed as a
 * person once is a person everywhere in the document, its lone surname too ("Orlando contacted …", though a town is
 * named so). `surnameOf` gives the surname with its particles ("al-Burhan"); its last word counts too ("Burhan").
 */
export function personSurnames(texts: readonly AnnotatedText[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts)
    for (const c of t.candidates) {
      if (c.type !== 'person' || c.value || !c.name.includes(' ')) continue;
      const withParticle = surnameOf(c.name);
      const bare = withParticle.split(/[\s-]+/).pop() ?? withParticle;
      for (const k of [translitKey(withParticle), translitKey(bare)]) if (k.length >= 3) out.add(k);
    }
  return out;
}
