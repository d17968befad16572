import type { MergedDocument } from '../06-merge-aliases.ts';
import type { Groups } from './group.ts';
import { translitKey } from './translit-key.ts';

/**
 * "Luiz Inacio Lula da Silva" … "Lula": a capitalized middle word of one person's full name, and the last two words of
 * a longer name ("Aung San Suu Kyi" … "Suu Kyi"), become forms for the sweep of step 7 (`alias:name-part`) when no
 * other person of the document bears them. Lower-case particles ("da") and parts under three letters never do.
 */
export function addNamePartForms(
  forms: MergedDocument['forms'],
  groups: Groups,
  groupIds: ReadonlyMap<string, string>,
): void {
  const parts = new Map<string, string | null>();
  for (const [key, id] of groupIds) {
    const g = groups.get(key);
    if (g?.type !== 'person') continue;
    for (const f of g.forms.keys()) {
      const words = f.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      const tails = words.length >= 3 ? [words.slice(-2).join(' ')] : [];
      for (const w of [...words.slice(1, -1), ...tails]) {
        const k = translitKey(w);
        if (k.length >= 3) parts.set(k, parts.has(k) && parts.get(k) !== id ? null : id);
      }
    }
  }
  for (const [k, id] of parts)
    if (id && !forms.has(k)) forms.set(k, { entityId: id, rule: 'alias:name-part' });
}
