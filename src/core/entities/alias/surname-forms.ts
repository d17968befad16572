import type { MergedDocument } from '../06-merge-aliases.ts';

/**
 * "Vladimir Putin" … "Putin" where the lone surname was not a candidate: the surname of a person named in full becomes
 * a form for the sweep of step 7 (`alias:surname`) when only one person of the document bears it and it has three
 * letters or more. A form already known keeps its entity.
 */
export function addSurnameForms(
  forms: MergedDocument['forms'],
  owners: ReadonlyMap<string, readonly string[]>,
  groupIds: ReadonlyMap<string, string>,
): void {
  for (const [surname, own] of owners) {
    const id = own.length === 1 && own[0] ? groupIds.get(own[0]) : undefined;
    if (!id || surname.length < 3) continue;
    if (!forms.has(surname)) forms.set(surname, { entityId: id, rule: 'alias:surname' });
  }
}
