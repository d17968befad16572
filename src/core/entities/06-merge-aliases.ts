import type { Coordinates, EntityType, EntityValue } from '../schema.ts';
import type { Candidate, TokenizedText } from './candidate.ts';
import { gazetteerIndex, nameKey } from './gazetteer-index.ts';
import { transliterationPlace } from './alias/transliteration-place.ts';
import { translitKey } from './alias/translit-key.ts';
import { entityId } from './entity-id.ts';
import { retypeSurnames } from './alias/retype-surnames.ts';
import { votedType } from './alias/voted-type.ts';
import { bracketedAcronyms } from './alias/bracketed-acronyms.ts';
import { longFormOf } from './alias/long-form.ts';
import { letterKey } from './alias/letter-key.ts';
import type { Group, Groups } from './alias/group.ts';
import { mergeSurnames } from './alias/merge-surnames.ts';
import { mergeLegalSuffix } from './alias/merge-legal-suffix.ts';
import { mergeCloseSpellings } from './alias/merge-close-spellings.ts';
import { addSurnameForms } from './alias/surname-forms.ts';
import { addNamePartForms } from './alias/name-part-forms.ts';
import { addKnownAsForms } from './alias/known-as-forms.ts';
import { addAcronymForms } from './alias/acronym-forms.ts';
import { emptyList } from '../array/empty-list.ts';

const NO_LINKS = emptyList<{ entityId: string; rule: string }>();

/** An entity as one document knows it, before mentions are counted. */
export interface EntityDraft {
  id: string;
  type: EntityType;
  name: string;
  coordinates: Coordinates | null;
  demonyms: readonly string[];
  value: EntityValue | null;
}

/** A text with its resolved candidates. */
export interface AnnotatedText {
  doc: TokenizedText;
  candidates: Candidate[];
}

/** What step 6 hands to step 7 for one document. */
export interface MergedDocument {
  /** Entity id of each candidate, text by text, in the candidates' order; the rule may be renamed (alias:transliteration). */
  links: { entityId: string; rule: string }[][];
  drafts: Map<string, EntityDraft>;
  /** Transliteration key of a surface form (or a person's unambiguous surname) → entity id, for the sweep of step 7. */
  forms: Map<string, { entityId: string; rule: string }>;
}

const valueSlug = (v: EntityValue): string =>
  v.kind === 'date'
    ? v.iso.replace(/^-+/, '')
    : v.kind === 'money'
      ? `${v.currency}-${v.amount}`
      : `${v.amount}-${v.unit}`;

/**
 * Step 6: gives each candidate of one document its entity. Gazetteer names take the gazetteer's preferred name
 * ("Kyiv"); unknown place names that are spelling variants of a known place join it (`alias:transliteration`,
 * "Kiev" → Kyiv); a person's forms meet under a transliteration key ("Zelensky" = "Zelenskyy") and a lone surname joins
 * the one full name ending with it; unknown places and organizations close in spelling merge ("Azov Stable plant" →
 * Azovstal). Each alias rule is one file of `alias/`, applied here in order.
 */
export function mergeAliases(texts: readonly AnnotatedText[]): MergedDocument {
  const drafts = new Map<string, EntityDraft>();
  // a text without candidates shares one empty row: most headings of a long digest have none
  const links: MergedDocument['links'] = texts.map((t) =>
    t.candidates.length === 0 ? NO_LINKS : t.candidates.map(() => ({ entityId: '', rule: '' })),
  );
  const forms: MergedDocument['forms'] = new Map();
  const groups: Groups = new Map();

  const retyped = retypeSurnames(texts);
  const typeOf = votedType(retyped);
  const bracketed = bracketedAcronyms(texts);
  const longForm = longFormOf(texts, bracketed);
  retyped.forEach((cs, ti) =>
    cs.forEach((c1, ci) => {
      const link = links[ti]?.[ci];
      if (!link) return;
      const long = c1.known ? undefined : longForm(c1);
      const c0 = long ? { ...c1, type: long.type, name: long.name, known: long.known } : c1;
      const c = c0.known ? c0 : { ...c0, type: typeOf(c0) };
      link.rule = long ? 'alias:acronym' : c.rule;
      if (!linkKnown(c, link, drafts, forms)) addToGroup(groups, c, ti, ci);
    }),
  );

  const surnameOwners = mergeSurnames(groups);
  mergeLegalSuffix(groups);
  mergeCloseSpellings(groups);
  const groupIds = nameGroups(groups, links, drafts, forms);
  addSurnameForms(forms, surnameOwners, groupIds);
  addNamePartForms(forms, groups, groupIds);
  addKnownAsForms(forms, texts, links);
  addAcronymForms(forms, bracketed, links);
  return { links, drafts, forms };
}

/**
 * Links a value, a gazetteer name or a transliteration of a gazetteer place ("Kiev" → Kyiv) straight to its entity;
 * false when the candidate is an unknown name, left to the groups.
 */
function linkKnown(
  c: Candidate,
  link: { entityId: string; rule: string },
  drafts: Map<string, EntityDraft>,
  forms: MergedDocument['forms'],
): boolean {
  if (c.value) {
    const id = entityId(c.type, valueSlug(c.value), 'value');
    drafts.set(id, { id, type: c.type, name: c.name, coordinates: null, demonyms: [], value: c.value });
    link.entityId = id;
    return true;
  }
  // a surname retyped as a person is not looked up again as the town it was read as
  let entry =
    c.known || c.rule === 'alias:person-surname' ? null : gazetteerIndex().byKey.get(nameKey(c.name));
  if (!c.known && !entry && c.type === 'place') {
    entry = transliterationPlace(c.name);
    if (entry) {
      link.rule = 'alias:transliteration';
      forms.set(translitKey(c.name), {
        entityId: entityId('place', entry.name),
        rule: 'alias:transliteration',
      });
    }
  }
  if (!c.known && !entry) return false;
  const type = entry?.type ?? c.type;
  const name = entry?.name ?? c.name;
  const id = entityId(type, name);
  if (!drafts.has(id))
    drafts.set(id, {
      id,
      type,
      name,
      coordinates: entry?.coordinates ?? c.coordinates,
      demonyms: entry?.demonyms ?? c.demonyms,
      value: null,
    });
  link.entityId = id;
  return true;
}

/** An unknown name joins the group of its type and key: a person's transliteration key, a place's letters. */
function addToGroup(groups: Groups, c: Candidate, text: number, index: number): void {
  const key = `${c.type}|${c.type === 'person' ? translitKey(c.name) : letterKey(c.name)}`;
  const g: Group = groups.get(key) ?? { type: c.type, forms: new Map<string, number>(), members: [] };
  g.forms.set(c.name, (g.forms.get(c.name) ?? 0) + 1);
  g.members.push({ text, index });
  groups.set(key, g);
}

/**
 * Gives each group its entity: a person is named by the longest full form, a place or organization by its most frequent
 * form. Every form of a group becomes a form for the sweep of step 7 (`alias:repeat`). Returns group key → entity id.
 */
function nameGroups(
  groups: Groups,
  links: MergedDocument['links'],
  drafts: Map<string, EntityDraft>,
  forms: MergedDocument['forms'],
): Map<string, string> {
  const groupIds = new Map<string, string>();
  for (const [groupKey, g] of groups) {
    const names = [...g.forms.entries()];
    names.sort((a, b) =>
      g.type === 'person'
        ? b[0].split(' ').length - a[0].split(' ').length || b[0].length - a[0].length
        : b[1] - a[1] || a[0].length - b[0].length,
    );
    const name = names[0]?.[0] ?? '';
    const id = entityId(g.type, name);
    groupIds.set(groupKey, id);
    if (!drafts.has(id))
      drafts.set(id, { id, type: g.type, name, coordinates: null, demonyms: [], value: null });
    for (const m of g.members) {
      const link = links[m.text]?.[m.index];
      if (link) link.entityId = id;
    }
    for (const [f] of names) forms.set(translitKey(f), { entityId: id, rule: 'alias:repeat' });
  }
  return groupIds;
}
