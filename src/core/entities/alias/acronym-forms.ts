import type { MergedDocument } from '../06-merge-aliases.ts';
import type { BracketedAcronym } from './bracketed-acronyms.ts';
import { translitKey } from './translit-key.ts';

/**
 * "the National Liberation Army (ELN)" … "The ELN agreed": the capitals in brackets after a name become its form for
 * the sweep of step 7 (`alias:acronym`), over any form read before; a candidate left without an entity lends none.
 */
export function addAcronymForms(
  forms: MergedDocument['forms'],
  bracketed: readonly BracketedAcronym[],
  links: MergedDocument['links'],
): void {
  for (const b of bracketed) {
    const id = links[b.text]?.[b.index]?.entityId;
    if (id) forms.set(translitKey(b.abbr), { entityId: id, rule: 'alias:acronym' });
  }
}
