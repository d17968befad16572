import type { MergedDocument } from '../06-merge-aliases.ts';
import type { FormLookup } from '../07-link-mentions.ts';
import { surnameOf } from './surname-of.ts';
import { translitKey } from './translit-key.ts';

/** Surname keys of people named in full anywhere in the corpus → their entity id, when only one person bears it. */
export function surnamesAcross(docs: readonly MergedDocument[]): Map<string, string> {
  const owners = new Map<string, Set<string>>();
  for (const m of docs)
    for (const [key, id] of personSurnames(m)) owners.set(key, (owners.get(key) ?? new Set()).add(id));
  const out = new Map<string, string>();
  for (const [key, ids] of owners) {
    const [id] = [...ids];
    if (ids.size === 1 && id) out.set(key, id);
  }
  return out;
}

/** Surname keys ("putin", "alburhan" and "burhan") of the people a document names in full. */
function personSurnames(m: MergedDocument): [string, string][] {
  const out: [string, string][] = [];
  for (const d of m.drafts.values()) {
    if (d.type !== 'person' || !d.name.includes(' ')) continue;
    const withParticle = surnameOf(d.name);
    const bare = withParticle.split(/[\s-]+/).pop() ?? withParticle;
    for (const k of new Set([translitKey(withParticle), translitKey(bare)]))
      if (k.length >= 3) out.push([k, d.id]);
  }
  return out;
}

/**
 * A document's forms plus the corpus's surnames ("Putin" in a digest that never writes "Vladimir Putin"), and its lone
 * surnames relinked to the full name; a surname the document itself gives to someone stays the document's call.
 */
export function withCorpusSurnames(
  m: MergedDocument,
  corpus: ReadonlyMap<string, string>,
): { merged: MergedDocument; more: FormLookup } {
  const own = new Set(personSurnames(m).map(([k]) => k));
  // looked up when the document's own forms miss, not copied into each document (that was documents × surnames)
  const more: FormLookup = (k) => {
    const id = own.has(k) ? undefined : corpus.get(k);
    return id ? { entityId: id, rule: 'alias:corpus-surname' } : undefined;
  };
  const relink = new Map<string, string>();
  for (const d of m.drafts.values()) {
    if (d.type !== 'person' || d.name.includes(' ')) continue; // only a lone surname is relinked
    const k = translitKey(d.name);
    const id = corpus.get(k);
    if (id && !own.has(k)) relink.set(d.id, id);
  }
  // most documents have no lone surname to relink: their forms and links serve as they are, uncopied
  if (relink.size === 0) return { merged: m, more };
  const forms = new Map(m.forms);
  for (const [k, f] of forms) {
    const id = relink.get(f.entityId);
    if (id) forms.set(k, { entityId: id, rule: 'alias:corpus-surname' });
  }
  const links = m.links.map((row) =>
    row.map((l) => {
      const id = relink.get(l.entityId);
      return id ? { entityId: id, rule: 'alias:corpus-surname' } : l;
    }),
  );
  return { merged: { ...m, forms, links }, more };
}
