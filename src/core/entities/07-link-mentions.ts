import type { Mention } from '../schema.ts';
import type { TokenizedText } from './candidate.ts';
import type { AnnotatedText, EntityDraft, MergedDocument } from './06-merge-aliases.ts';
import { translitKey } from './alias/translit-key.ts';
import { initials } from './alias/initials.ts';
import { pushAll } from '../array/push-all.ts';
import { emptyList } from '../array/empty-list.ts';
import { NAME_PARTICLES } from './alias/name-particles.ts';

const NO_MENTIONS = emptyList<Mention>();

const MAX_FORM_TOKENS = 6;

/** Forms a document does not hold itself but may link to (the corpus's surnames): key → entity id and rule. */
export type FormLookup = (key: string) => { entityId: string; rule: string } | undefined;

/**
 * Step 7: turns one document's candidates into mentions and sweeps every text once more for forms met elsewhere in it:
 * a surname after the full name (`alias:surname`, "Putin"), a name first found by a cue ("Azovstal" after "the Azovstal
 * factory", `alias:repeat`), a spelling variant already linked ("to Kiev"), an acronym of a name in the document
 * (`alias:acronym`, "AES" for "Alliance of Sahel States"). Only text no mention covers is swept.
 */
export function linkMentions(
  texts: readonly AnnotatedText[],
  merged: MergedDocument,
  more: FormLookup = () => undefined,
): Mention[][] {
  const acronyms = new Map<string, string | null>();
  for (const d of merged.drafts.values()) acronymOf(d, acronyms);
  return texts.map((t, ti) => {
    const mentions: Mention[] = [];
    t.candidates.forEach((c, ci) => {
      const link = merged.links[ti]?.[ci];
      if (link?.entityId)
        mentions.push({ start: c.start, end: c.end, entityId: link.entityId, rule: link.rule });
    });
    // a flag a token, not a set of indices: this is asked of every token of every text
    const covered = new Uint8Array(t.doc.tokens.length);
    for (const c of t.candidates) covered.fill(1, c.first, c.last);
    pushAll(mentions, sweep(t.doc, covered, merged, acronyms, more));
    // one shared empty list for a text without mentions: a long digest may have a million
    if (mentions.length === 0) return NO_MENTIONS;
    // the candidates come sorted and most texts gain nothing from the sweep: sort only when out of order
    return inOrder(mentions) ? mentions : mentions.sort((a, b) => a.start - b.start);
  });
}

function inOrder(mentions: readonly Mention[]): boolean {
  for (let i = 1; i < mentions.length; i++)
    if ((mentions[i]?.start ?? 0) < (mentions[i - 1]?.start ?? 0)) return false;
  return true;
}

function acronymOf(d: EntityDraft, acronyms: Map<string, string | null>): void {
  if (d.type !== 'organization' && d.type !== 'place') return;
  const a = initials(d.name);
  if (a.length < 2) return;
  // two names with the same initials: the acronym names neither
  acronyms.set(a, acronyms.has(a) && acronyms.get(a) !== d.id ? null : d.id);
}

function sweep(
  doc: TokenizedText,
  covered: Uint8Array,
  merged: MergedDocument,
  acronyms: ReadonlyMap<string, string | null>,
  more: FormLookup,
): Mention[] {
  const { tokens } = doc;
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // a name starts with a capital, or with a particle joined by a hyphen: "with al-Burhan"
    const particle =
      !!t && NAME_PARTICLES.hyphenStart.has(t.key) && tokens[i + 1]?.text === '-' && !!tokens[i + 2]?.cap;
    if (!t || (!t.cap && !particle) || t.kind !== 'word' || covered[i] === 1) continue;
    let found: { last: number; entityId: string; rule: string } | null = null;
    let text = '';
    for (let j = i; j < Math.min(tokens.length, i + MAX_FORM_TOKENS); j++) {
      const u = tokens[j];
      if (!u || covered[j] === 1 || (u.kind === 'punct' && u.text !== '-')) break;
      text += u.text;
      const key = u.cap ? translitKey(text) : '';
      const hit = u.cap ? (merged.forms.get(key) ?? more(key)) : undefined;
      if (hit) found = { last: j + 1, ...hit };
    }
    if (!found && t.allCaps && t.text.length >= 2) {
      const id = acronyms.get(t.text.replace(/\./g, ''));
      if (id) found = { last: i + 1, entityId: id, rule: 'alias:acronym' };
    }
    if (!found) continue;
    const end = tokens[found.last - 1]?.end ?? t.end;
    out.push({ start: t.start, end, entityId: found.entityId, rule: found.rule });
    i = found.last - 1;
  }
  return out;
}
