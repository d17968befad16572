import { absorb, pushTo, type Groups } from './group.ts';
import { surnameOf } from './surname-of.ts';
import { translitKey } from './translit-key.ts';

/**
 * A lone surname joins the one full name that ends with it ("Vladimir Putin" … "Putin"); two full names sharing it
 * ("Sergei Ivanov", "Igor Ivanov") leave it unmerged. "al-Burhan" is also written "Burhan": both keys name the owner.
 * A name written family name first, as Chinese and Korean names are romanized ("Tsai Ing-wen" … "Tsai said"), is owned
 * by its first word. Merges in place and returns each surname key with the person groups that own it.
 */
export function mergeSurnames(groups: Groups): Map<string, string[]> {
  const persons = [...groups.entries()].filter(([, g]) => g.type === 'person');
  const owners = new Map<string, string[]>();
  for (const [key, g] of persons) {
    const full = [...g.forms.keys()].find((f) => f.trim().includes(' '));
    if (!full) continue;
    const withParticle = surnameOf(full);
    const bare = withParticle.split(/[\s-]+/).pop() ?? withParticle;
    const family = familyNameFirst(full);
    const keys = [translitKey(withParticle), translitKey(bare), ...(family ? [translitKey(family)] : [])];
    for (const surname of new Set(keys)) pushTo(owners, surname, key);
  }
  for (const [key, g] of persons) {
    if ([...g.forms.keys()].some((f) => f.includes(' '))) continue;
    const own = owners.get(key.slice('person|'.length)) ?? [];
    const owner = own.length === 1 && own[0] ? groups.get(own[0]) : undefined;
    if (!owner) continue;
    absorb(owner, g);
    groups.delete(key);
  }
  return owners;
}

/** "Tsai Ing-wen" → "Tsai", "Lee Cheuk-yan" → "Lee": the family name before a given name of two hyphened syllables. */
function familyNameFirst(full: string): string | null {
  const m = /^(\p{Lu}\p{Ll}+) \p{Lu}\p{Ll}*-\p{Ll}+$/u.exec(full);
  return m?.[1] ?? null;
}
