import type { EntityType } from '../../../../src/core/schema.ts';
import type { Group, Groups } from '../../../../src/core/entities/alias/group.ts';
import { letterKey } from '../../../../src/core/entities/alias/letter-key.ts';
import { translitKey } from '../../../../src/core/entities/alias/translit-key.ts';

/**
 * Groups as step 6 keys them (a person by the transliteration key of its first form, others by its letters), from
 * "type|label" → forms with counts; members are numbered in order so moves show.
 */
export function groupsOf(spec: Record<string, Record<string, number>>): Groups {
  const groups: Groups = new Map();
  let n = 0;
  for (const [label, forms] of Object.entries(spec)) {
    const type = label.slice(0, label.indexOf('|')) as EntityType;
    const first = Object.keys(forms)[0] ?? '';
    const g: Group = { type, forms: new Map(Object.entries(forms)), members: [] };
    for (const count of Object.values(forms))
      for (let k = 0; k < count; k++) g.members.push({ text: 0, index: n++ });
    groups.set(`${type}|${type === 'person' ? translitKey(first) : letterKey(first)}`, g);
  }
  return groups;
}

/** "type: form×n, …" for each group left, with how many members it holds. */
export function describeGroups(groups: Groups): string[] {
  return [...groups.values()].map(
    (g) => `${g.type}: ${[...g.forms].map(([f, n]) => `${f}×${n}`).join(', ')} (${g.members.length})`,
  );
}
