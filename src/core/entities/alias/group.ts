import type { EntityType } from '../../schema.ts';
import { pushAll } from '../../array/push-all.ts';

/** Candidates of one document that name one entity, before it has an id: their forms with counts, and where they are. */
export interface Group {
  type: EntityType;
  forms: Map<string, number>;
  members: { text: number; index: number }[];
}

/** Groups by key: "person|<translit key>", "place|<letter key>", "organization|<letter key>". */
export type Groups = Map<string, Group>;

/** Moves the forms and members of `from` into `into`. */
export function absorb(into: Group, from: Group): void {
  for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
  pushAll(into.members, from.members);
}

/** How many candidates a group holds. */
export const groupCount = (g: Group): number => [...g.forms.values()].reduce((a, b) => a + b, 0);

/** Appends `value` to the list at `key`, in place: a copy per name is quadratic when many names share a key. */
export function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
