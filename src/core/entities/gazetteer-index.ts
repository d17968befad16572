import type { Coordinates, EntityType } from '../schema.ts';
import countries from './lexicon/countries.json' with { type: 'json' };
import cities from './lexicon/cities.json' with { type: 'json' };
import regions from './lexicon/regions.json' with { type: 'json' };
import organizations from './lexicon/organizations.json' with { type: 'json' };
import { foldKey } from './alias/fold-key.ts';
import { tokenize } from './01-tokenize.ts';

/** What the gazetteer knows about a name. */
export interface GazetteerEntry {
  /** Preferred name: "Kyiv", "United Kingdom", "European Union". */
  name: string;
  type: EntityType;
  /** `gazetteer:country`, `gazetteer:city`, … */
  rule: string;
  priority: number;
  coordinates: Coordinates | null;
  demonyms: readonly string[];
  /** Population for cities, to prefer big ones when a transliteration matches several. */
  population: number;
  /** True for an abbreviation such as "UK" or "EU" that must be written in capitals to count. */
  caseSensitive: boolean;
  /** True for a place named like an English word ("Nice", "Reading"), which a capital at a sentence start does not make a name. */
  commonWord: boolean;
}

/** Name key (token keys joined by spaces) → entry; the longest name has `maxTokens` tokens. */
export interface GazetteerIndex {
  byKey: Map<string, GazetteerEntry>;
  /** Every proper prefix (in whole tokens) of a multi-token name key, so a match attempt stops as soon as nothing can follow. */
  prefixes: Set<string>;
  /** `byKey` and `prefixes` in one map, for the matcher's walk: one lookup a token instead of two. */
  steps: Map<string, GazetteerStep>;
  /** Demonym key → the place it derives from ("russian" → Russia), so demonyms are never taken for names. */
  demonyms: Map<string, string>;
  /** Places by name, to attach demonyms to and to find transliteration variants among. */
  places: GazetteerEntry[];
  maxTokens: number;
}

/** What a key is to the matcher: a name (`entry`), the start of a longer one (`more`), or both. */
export interface GazetteerStep {
  entry: GazetteerEntry | undefined;
  more: boolean;
}

const PLAIN_NAME = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const LETTER_NAME = /^\p{L}[\p{L}\p{M}]*(?: \p{L}[\p{L}\p{M}]*)*$/u;
const ASCII_NAME = /^[\x20-\x7e]*$/;

/** Key of a name as the matcher sees it: its tokens' keys joined by spaces ("Al-Madina" → "al - madina"). */
export function nameKey(name: string): string {
  // "Mariupol", "New York": letters and single spaces only, the key is the lower case
  if (PLAIN_NAME.test(name)) return name.toLowerCase();
  // "Bogotá", "São Paulo": letters of any script, each word one token, the key is the folded name
  if (LETTER_NAME.test(name)) return foldKey(name);
  return tokenize(name)
    .tokens.map((t) => t.key)
    .join(' ');
}

const num = (x: unknown): number => (typeof x === 'number' ? x : 0);
const str = (x: unknown): string => (typeof x === 'string' ? x : '');
const point = (lat: unknown, lon: unknown): Coordinates | null =>
  typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null;

/** An entry with what most sources leave out: no coordinates, demonyms or population, matched in any case. */
const entryOf = (
  name: string,
  type: GazetteerEntry['type'],
  rule: string,
  priority: number,
  more: Partial<GazetteerEntry> = {},
): GazetteerEntry => ({
  name,
  type,
  rule,
  priority,
  coordinates: null,
  demonyms: [],
  population: 0,
  caseSensitive: false,
  commonWord: false,
  ...more,
});

let cached: GazetteerIndex | null = null;

/** Builds (once) the lookup tables from the generated lexicon files. */
export function gazetteerIndex(): GazetteerIndex {
  if (cached) return cached;
  const byKey = new Map<string, GazetteerEntry>();
  const prefixes = new Set<string>();
  const demonyms = new Map<string, string>();
  const places: GazetteerEntry[] = [];
  let maxTokens = 1;
  const add = (form: string, entry: GazetteerEntry): void => {
    const key = nameKey(form);
    if (!key || byKey.has(key)) return; // the first source wins: countries, organizations, cities, regions
    const caseSensitive = /^[A-Z.]{2,}$/.test(form) && form.replace(/\./g, '').length <= 5;
    // the entry is shared by its forms; only a form in capitals ("UK") needs its own copy
    byKey.set(key, caseSensitive ? { ...entry, caseSensitive } : entry);
    let parts = 1;
    for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
      prefixes.add(key.slice(0, at));
      parts++;
    }
    if (parts > maxTokens) maxTokens = parts;
  };
  for (const c of countries) {
    const entry = entryOf(c.name, 'place', 'gazetteer:country', 5, {
      coordinates: point(c.lat, c.lon),
      demonyms: c.demonyms,
    });
    places.push(entry);
    for (const n of [c.name, ...c.names]) {
      add(n, entry);
      // "US" is also written "U.S.", "UK" "U.K."
      if (/^[A-Z]{2,3}$/.test(n)) add(`${n.split('').join('.')}.`, entry);
    }
    for (const d of c.demonyms) demonyms.set(foldKey(d), c.name);
  }
  for (const forms of organizations.organizations) {
    const [name] = forms;
    if (!name) continue;
    const entry = entryOf(name, 'organization', 'gazetteer:organization', 5);
    // "The Washington Post" is also matched without its article
    for (const f of forms) add(f.replace(/^The /, ''), entry);
  }
  for (const row of cities) {
    const name = str(row[0]);
    const entry = entryOf(name, 'place', 'gazetteer:city', 3, {
      coordinates: point(row[2], row[3]),
      population: num(row[4]),
      commonWord: row[5] === 1,
    });
    places.push(entry);
    add(name, entry);
    // "Bogotá" is also written "Bogota"; most names are plain ASCII and have nothing to fold
    if (!ASCII_NAME.test(name)) {
      const folded = name.normalize('NFD').replace(/\p{M}/gu, '');
      if (folded !== name) add(folded, entry);
    }
    // "New York City" is written "New York"; only for big cities, "Carson City" does not make "Carson" a place
    if (name.endsWith(' City') && entry.population >= 1_000_000) add(name.slice(0, -5), entry);
  }
  for (const row of regions) {
    const name = str(row[0]);
    const entry = entryOf(name, 'place', 'gazetteer:region', 3, { coordinates: point(row[2], row[3]) });
    places.push(entry);
    add(name, entry);
  }
  const steps = new Map<string, GazetteerStep>();
  for (const [key, entry] of byKey) steps.set(key, { entry, more: prefixes.has(key) });
  for (const key of prefixes) if (!byKey.has(key)) steps.set(key, { entry: undefined, more: true });
  cached = { byKey, prefixes, steps, demonyms, places, maxTokens: Math.min(maxTokens, 8) };
  return cached;
}
