import { CUES } from '../rules/cue-sets.ts';
import { absorb, type Groups } from './group.ts';
import { letterKey } from './letter-key.ts';

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/**
 * "MMG Limited" … "MMG": a company's name without its legal suffix is the same company; "KTN News" … "KTN": capitals
 * before an organization word are its short form too. Merges organization groups in place.
 */
export function mergeLegalSuffix(groups: Groups): void {
  for (const [key, g] of [...groups.entries()]) {
    if (g.type !== 'organization' || !groups.has(key)) continue;
    const long = [...g.forms.keys()].find((f) => {
      const words = f.split(/\s+/);
      const tail = words[words.length - 1]?.toLowerCase() ?? '';
      return (
        words.length >= 2 &&
        (CUES.companySuffixes.has(tail) ||
          (words.length === 2 && CUES.orgSuffixes.has(tail) && ALL_CAPS.test(words[0] ?? '')))
      );
    });
    if (!long) continue;
    const shortKey = `organization|${letterKey(long.slice(0, long.lastIndexOf(' ')))}`;
    const short = groups.get(shortKey);
    if (!short || shortKey === key) continue;
    absorb(g, short);
    groups.delete(shortKey);
  }
}
