import { editDistance } from './edit-distance.ts';
import { absorb, groupCount, pushTo, type Group, type Groups } from './group.ts';

/**
 * Unknown places and organizations close in spelling merge into the more frequent one ("Azov Stable plant" →
 * Azovstal): one letter key a prefix of the other, or within two edits of it, both at least six letters. Only names
 * sharing their first four letters are compared (the rule requires it), so a digest of many names is not compared pair
 * by pair. People never merge so: "Ivanov" and "Ivanova" are two people.
 */
export function mergeCloseSpellings(groups: Groups): void {
  const buckets = new Map<string, [string, Group][]>();
  for (const entry of groups) {
    const [k, g] = entry;
    const x = k.slice(k.indexOf('|') + 1);
    if (g.type === 'person' || x.length < 6) continue;
    pushTo(buckets, `${g.type}|${x.slice(0, 4)}`, entry);
  }
  for (const bucket of buckets.values())
    for (const [ka, a] of bucket)
      for (const [kb, b] of bucket) {
        if (ka >= kb || !groups.has(ka) || !groups.has(kb)) continue;
        const x = ka.slice(ka.indexOf('|') + 1);
        const y = kb.slice(kb.indexOf('|') + 1);
        if (!x.startsWith(y) && !y.startsWith(x) && editDistance(x, y, 2) > 2) continue;
        const aWins = groupCount(a) >= groupCount(b);
        absorb(aWins ? a : b, aWins ? b : a);
        groups.delete(aWins ? kb : ka);
      }
}
