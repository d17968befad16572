import type { Coordinates, EntityType, EntityValue } from '../schema.ts';
import type { Candidate, TokenizedText } from './candidate.ts';
import { gazetteerIndex, nameKey } from './gazetteer-index.ts';
import { transliterationPlace } from './alias/transliteration-place.ts';
import { translitKey } from './alias/translit-key.ts';
import { editDistance } from './alias/edit-distance.ts';
import { CUES } from './rules/cue-sets.ts';
import { entityId } from './entity-id.ts';
import { remembered } from './remembered.ts';
import { personSurnames } from './alias/person-surnames.ts';
import { initials } from './alias/initials.ts';
import { pushAll } from '../array/push-all.ts';
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

interface Group {
  type: EntityType;
  forms: Map<string, number>;
  members: { text: number; index: number }[];
}

/** How much a rule's reading of a name's type counts when the same name is read two ways. */
const RULE_WEIGHT: Record<string, number> = {
  'context:in-x': 1,
  'cue:acronym': 1,
  'cue:facility': 2,
  'context:city-of': 2,
  'cue:org-noun': 2,
  'cue:org-noun-before': 2,
  'cue:region-noun': 2,
  'context:according-to': 1,
  'context:including': 1,
  'context:spokesperson': 1,
  'context:known-as': 1,
  'context:staff-at': 1,
  'context:org-apposition': 1,
  'context:reported': 1,
};

const valueSlug = (v: EntityValue): string =>
  v.kind === 'date'
    ? v.iso.replace(/^-+/, '')
    : v.kind === 'money'
      ? `${v.currency}-${v.amount}`
      : `${v.amount}-${v.unit}`;
/**
 * Letters of a name without generic facility words: "Azov Stable plant" → "azovstable". Remembered: asked for each
 * candidate up to three times (votes, voted type, group).
 */
const letterKey = remembered((name: string): string =>
  translitKey(
    name
      .split(/\s+/)
      .filter((w) => !CUES.facilities.has(w.toLowerCase()))
      .join(''),
  ),
);

const PARTICLES = new Set([
  'le',
  'la',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'du',
  'van',
  'von',
  'der',
  'al',
  'el',
  'ag',
  'ben',
  'bin',
  'ibn',
  'abu',
]);
/** The surname of a full name, with its particles: "Jean-Yves Le Drian" → "Le Drian", "Tayseer al-Jabari" → "al-Jabari". */
export function surnameOf(full: string): string {
  const words = full.split(/\s+/);
  let i = words.length - 1;
  while (i > 1 && PARTICLES.has((words[i - 1] ?? '').toLowerCase())) i--;
  const last = words.slice(i).join(' ');
  const [particle, rest] = last.split('-');
  // "al-Jabari" stays whole: the text writes it so ("Al-Jabari was killed")
  return rest && particle && PARTICLES.has(particle.toLowerCase()) ? last : last;
}

/**
 * Step 6: gives each candidate of one document its entity. Gazetteer names take the gazetteer's preferred name
 * ("Kyiv"); unknown place names that are spelling variants of a known place join it (`alias:transliteration`,
 * "Kiev" → Kyiv); a person's forms meet under a transliteration key ("Zelensky" = "Zelenskyy") and a lone surname joins
 * the one full name ending with it; unknown places and organizations close in spelling merge ("Azov Stable plant" →
 * Azovstal: one letter key a prefix of, or within two edits of, the other).
 */
export function mergeAliases(texts: readonly AnnotatedText[]): MergedDocument {
  const { byKey } = gazetteerIndex();
  const drafts = new Map<string, EntityDraft>();
  // a text without candidates shares one empty row: most headings of a long digest have none
  const links: { entityId: string; rule: string }[][] = texts.map((t) =>
    t.candidates.length === 0 ? NO_LINKS : t.candidates.map(() => ({ entityId: '', rule: '' })),
  );
  const forms = new Map<string, { entityId: string; rule: string }>();
  const groups = new Map<string, Group>();

  // "Orlando" (a city in the gazetteer) or "Kessler" (read as an outlet) in a digest that names "Marco Orlando" and
  // "Anna Kessler": the lone surname is the person; a country ("Jordan", priority 5) keeps its reading
  const surnames = personSurnames(texts, surnameOf);
  const asPerson = (t: AnnotatedText, c: Candidate): Candidate | null => {
    if (c.type === 'person' || c.value || c.last - c.first !== 1 || (c.known && c.priority >= 5)) return null;
    const surface = t.doc.text.slice(c.start, c.end);
    if (!surnames.has(translitKey(surface))) return null;
    return { ...c, type: 'person', name: surface, known: false, rule: 'alias:person-surname' };
  };
  const retyped = texts.map((t) => t.candidates.map((c) => asPerson(t, c) ?? c));

  // one unknown name read two ways ("VinFast factory" a place, "the carmaker VinFast" a company) takes the better-attested type
  const votes = new Map<string, Map<EntityType, number>>();
  for (const cs of retyped)
    for (const c of cs) {
      if (c.known || c.type === 'person') continue;
      const k = letterKey(c.name);
      const v = votes.get(k) ?? new Map<EntityType, number>();
      v.set(c.type, (v.get(c.type) ?? 0) + (RULE_WEIGHT[c.rule] ?? 3));
      votes.set(k, v);
    }
  const votedType = (c: Candidate): EntityType => {
    const v = votes.get(letterKey(c.name));
    if (!v || c.type === 'person') return c.type;
    // the type with most votes, the first counted on a tie (what a stable sort by votes would put first)
    let best: EntityType = c.type;
    let most = -Infinity;
    for (const [type, n] of v)
      if (n > most) {
        best = type;
        most = n;
      }
    return best;
  };

  // "the National Liberation Army (ELN)": the capitals in brackets are the name's short form, wherever they recur
  // "the Korean People's Army [KPA]": square brackets too
  const shortForms = new Map<string, Candidate>();
  for (const t of texts)
    for (const c of t.candidates) {
      const abbr = bracketedAfter(t, c);
      if (abbr) shortForms.set(translitKey(abbr), c);
    }
  // "Korean People's Army … KPA": capitals spelling the initials of one organization of the document name it
  const spelled = new Map<string, Candidate | null>();
  for (const t of texts)
    for (const c of t.candidates) {
      if (c.known || c.value || c.type !== 'organization' || !c.name.includes(' ')) continue;
      const a = initials(c.name);
      if (a.length < 3) continue;
      const prev = spelled.get(a);
      spelled.set(a, prev === undefined || prev?.name === c.name ? c : null);
    }
  const longFormOf = (c: Candidate): Candidate | undefined =>
    shortForms.get(translitKey(c.name)) ??
    (c.rule === 'cue:acronym' ? (spelled.get(c.name.replace(/\./g, '')) ?? undefined) : undefined);

  retyped.forEach((cs, ti) =>
    cs.forEach((c1, ci) => {
      const long = c1.known ? undefined : longFormOf(c1);
      const c0 = long ? { ...c1, type: long.type, name: long.name, known: long.known } : c1;
      const c = c0.known ? c0 : { ...c0, type: votedType(c0) };
      const link = links[ti]?.[ci];
      if (!link) return;
      link.rule = long ? 'alias:acronym' : c.rule;
      if (c.value) {
        const id = entityId(c.type, valueSlug(c.value), 'value');
        drafts.set(id, { id, type: c.type, name: c.name, coordinates: null, demonyms: [], value: c.value });
        link.entityId = id;
        return;
      }
      // a surname retyped as a person is not looked up again as the town it was read as
      let entry = c.known || c.rule === 'alias:person-surname' ? null : byKey.get(nameKey(c.name));
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
      if (c.known || entry) {
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
        return;
      }
      const key = `${c.type}|${c.type === 'person' ? translitKey(c.name) : letterKey(c.name)}`;
      const g: Group = groups.get(key) ?? { type: c.type, forms: new Map<string, number>(), members: [] };
      g.forms.set(c.name, (g.forms.get(c.name) ?? 0) + 1);
      g.members.push({ text: ti, index: ci });
      groups.set(key, g);
    }),
  );

  // a lone surname joins the one full name that ends with it; two full names sharing it leave it unmerged
  const persons = [...groups.entries()].filter(([, g]) => g.type === 'person');
  const surnameOwners = new Map<string, string[]>();
  for (const [key, g] of persons) {
    const full = [...g.forms.keys()].find((f) => f.trim().includes(' '));
    if (!full) continue;
    // "al-Burhan" is also written "Burhan": both keys name the owner
    const withParticle = surnameOf(full);
    const bare = withParticle.split(/[\s-]+/).pop() ?? withParticle;
    for (const surname of new Set([translitKey(withParticle), translitKey(bare)]))
      // appended in place: a copy per name is quadratic when many names share a surname
      pushTo(surnameOwners, surname, key);
  }
  for (const [key, g] of persons) {
    if ([...g.forms.keys()].some((f) => f.includes(' '))) continue;
    const owners = surnameOwners.get(key.slice('person|'.length)) ?? [];
    const owner = owners.length === 1 && owners[0] ? groups.get(owners[0]) : undefined;
    if (!owner) continue;
    for (const [f, n] of g.forms) owner.forms.set(f, (owner.forms.get(f) ?? 0) + n);
    pushAll(owner.members, g.members);
    groups.delete(key);
  }

  // "MMG Limited" … "MMG": a company's name without its legal suffix is the same company
  for (const [key, g] of [...groups.entries()]) {
    if (g.type !== 'organization' || !groups.has(key)) continue;
    // "KTN News" … "KTN": capitals before an organization word are its short form too
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
    for (const [f, n] of short.forms) g.forms.set(f, (g.forms.get(f) ?? 0) + n);
    pushAll(g.members, short.members);
    groups.delete(shortKey);
  }

  // unknown places and organizations close in spelling merge into the more frequent one; only names sharing their first
  // four letters are compared (the rule requires it), so a digest of many names is not compared pair by pair
  const count = (g: Group): number => [...g.forms.values()].reduce((a, b) => a + b, 0);
  const buckets = new Map<string, [string, Group][]>();
  for (const entry of groups) {
    const [k, g] = entry;
    const x = k.slice(k.indexOf('|') + 1);
    if (g.type === 'person' || x.length < 6) continue;
    const b = `${g.type}|${x.slice(0, 4)}`;
    pushTo(buckets, b, entry);
  }
  for (const bucket of buckets.values()) {
    for (const [ka, a] of bucket) {
      for (const [kb, b] of bucket) {
        if (ka >= kb || !groups.has(ka) || !groups.has(kb)) continue;
        const x = ka.slice(ka.indexOf('|') + 1);
        const y = kb.slice(kb.indexOf('|') + 1);
        if (!x.startsWith(y) && !y.startsWith(x) && editDistance(x, y, 2) > 2) continue;
        const aWins = count(a) >= count(b);
        const into: Group = aWins ? a : b;
        const from: Group = aWins ? b : a;
        for (const [f, n] of from.forms) into.forms.set(f, (into.forms.get(f) ?? 0) + n);
        pushAll(into.members, from.members);
        groups.delete(aWins ? kb : ka);
      }
    }
  }

  const groupIds = new Map<string, string>();
  for (const [groupKey, g] of groups) {
    const names = [...g.forms.entries()];
    // a person is named by the longest full form; a place or organization by its most frequent form
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
  // surnames of people named in full, when only one person of the document bears it
  for (const [surname, owners] of surnameOwners) {
    const id = owners.length === 1 && owners[0] ? groupIds.get(owners[0]) : undefined;
    if (!id || surname.length < 3) continue;
    if (!forms.has(surname)) forms.set(surname, { entityId: id, rule: 'alias:surname' });
  }
  // "Luiz Inacio Lula da Silva" … "Lula": a middle word of one person's full name, borne by no other person
  const parts = new Map<string, string | null>();
  for (const [key, id] of groupIds) {
    const g = groups.get(key);
    if (g?.type !== 'person') continue;
    for (const f of g.forms.keys()) {
      const words = f.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
      // a middle word ("Lula"), and the last two words of a longer name ("Aung San Suu Kyi" … "Suu Kyi")
      const tails = words.length >= 3 ? [words.slice(-2).join(' ')] : [];
      for (const w of [...words.slice(1, -1), ...tails]) {
        const k = translitKey(w);
        if (k.length >= 3) parts.set(k, parts.has(k) && parts.get(k) !== id ? null : id);
      }
    }
  }
  for (const [k, id] of parts)
    if (id && !forms.has(k)) forms.set(k, { entityId: id, rule: 'alias:name-part' });
  // "Mohamed Hamdan Dagalo, known as Hemedti": the name after "known as" is the same person's
  texts.forEach((t, ti) =>
    t.candidates.forEach((c, ci) => {
      const id = links[ti]?.[ci]?.entityId;
      const tk = t.doc.tokens;
      const nick = tk[c.last + 3];
      if (
        c.type !== 'person' ||
        !id ||
        tk[c.last]?.text !== ',' ||
        tk[c.last + 1]?.key !== 'known' ||
        tk[c.last + 2]?.key !== 'as'
      )
        return;
      if (nick?.kind === 'word' && nick.cap && !forms.has(translitKey(nick.text)))
        forms.set(translitKey(nick.text), { entityId: id, rule: 'alias:known-as' });
    }),
  );
  // "the National Liberation Army (ELN)": the capitals in brackets after a name are its short form
  texts.forEach((t, ti) =>
    t.candidates.forEach((c, ci) => {
      const id = links[ti]?.[ci]?.entityId;
      const abbr = bracketedAfter(t, c);
      if (id && abbr) forms.set(translitKey(abbr), { entityId: id, rule: 'alias:acronym' });
    }),
  );
  return { links, drafts, forms };
}

const ALL_CAPS = /^\p{Lu}{2,}$/u;

/** The capitals in brackets right after a candidate ("National Liberation Army (ELN)", "Army [KPA]"), or null. */
function bracketedAfter(t: AnnotatedText, c: Candidate): string | null {
  const open = t.doc.tokens[c.last];
  const abbr = t.doc.tokens[c.last + 1];
  const close = t.doc.tokens[c.last + 2];
  const pair = (open?.text === '(' && close?.text === ')') || (open?.text === '[' && close?.text === ']');
  return !c.value && pair && abbr?.allCaps && abbr.text.length >= 2 ? abbr.text : null;
}

function pushTo<K, V>(lists: Map<K, V[]>, key: K, value: V): void {
  const list = lists.get(key);
  if (list) list.push(value);
  else lists.set(key, [value]);
}
