import type { Candidate } from '../candidate.ts';
import type { AnnotatedText } from '../06-merge-aliases.ts';
import currencies from '../lexicon/currencies.json' with { type: 'json' };
import countries from '../lexicon/countries.json' with { type: 'json' };
import cities from '../lexicon/cities.json' with { type: 'json' };
import regions from '../lexicon/regions.json' with { type: 'json' };
import { gazetteerIndex } from '../gazetteer-index.ts';

/** A sign several countries share ("$", "pesos"): each country's own currency, and all of them. */
interface Family {
  ofCountry: Map<string, string>;
  codes: Set<string>;
}

const FAMILIES = new Map<string, Family>();
for (const f of Object.values(currencies.families)) {
  const ofCountry = new Map(Object.entries(f.countries));
  const family = { ofCountry, codes: new Set(ofCountry.values()) };
  for (const sign of f.signs) FAMILIES.set(sign, family);
}
const WORD = /[\p{L}$]+$/u;

/**
 * Says whose currency a shared sign is ("$", "dollars", "pesos"), from its own story only: another amount there that
 * writes one of that family ("C$ 5m", "COP 2 billion"), else the family's country the story names most, by places and
 * demonyms ("Toronto", "Canadian": CAD), when one leads. With no evidence, or a tie, the sign keeps its usual currency
 * (USD for "$") marked `assumed`: a reader is told, never silently given USD.
 */
export function storyCurrency(texts: readonly AnnotatedText[]): AnnotatedText[] {
  const shared = (c: Candidate): boolean => c.value?.kind === 'money' && c.value.currencyFrom === 'assumed';
  if (!texts.some((t) => t.candidates.some(shared))) return [...texts];
  const votes = countryVotes(texts);
  const decided = new Map<Family, string | undefined>();
  const decide = (c: Candidate): Candidate => {
    if (c.value?.kind !== 'money' || !shared(c)) return c;
    const family = familyOf(c.name);
    if (!family) return c;
    if (!decided.has(family)) decided.set(family, writtenIn(texts, family) ?? leader(votes, family));
    const code = decided.get(family);
    return code
      ? {
          ...c,
          rule: 'value:money-story-currency',
          value: { ...c.value, currency: code, currencyFrom: 'story' },
        }
      : c;
  };
  return texts.map((t) => ({ doc: t.doc, candidates: t.candidates.map(decide) }));
}

/** The family of an amount's shared sign: "$ 50,000" → dollar, "2 billion pesos" → peso. */
function familyOf(surface: string): Family | undefined {
  if (surface.includes('$')) return FAMILIES.get('$');
  const word = WORD.exec(surface)?.[0].toLowerCase();
  return word ? FAMILIES.get(word) : undefined;
}

/** The one currency of the family the story's written amounts name ("C$ 5m" and "C$ 2m": CAD); none if two or none. */
function writtenIn(texts: readonly AnnotatedText[], family: Family): string | undefined {
  const written = new Set<string>();
  for (const t of texts)
    for (const c of t.candidates)
      if (c.value?.kind === 'money' && !c.value.currencyFrom && family.codes.has(c.value.currency))
        written.add(c.value.currency);
  return written.size === 1 ? [...written][0] : undefined;
}

/** The currency of the family's country the story names most, when it leads alone. */
function leader(votes: ReadonlyMap<string, number>, family: Family): string | undefined {
  const byCode = new Map<string, number>();
  for (const [country, n] of votes) {
    const code = family.ofCountry.get(country);
    if (code) byCode.set(code, (byCode.get(code) ?? 0) + n);
  }
  const [first, second] = [...byCode].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}

/** How often the story names each country (ISO 3166): its places, and demonyms ("Canadian convention"). */
function countryVotes(texts: readonly AnnotatedText[]): Map<string, number> {
  const countryOf = placeCountries();
  const { demonyms } = gazetteerIndex();
  const votes = new Map<string, number>();
  const vote = (place: string | undefined): void => {
    const country = place ? countryOf.get(place) : undefined;
    if (country) votes.set(country, (votes.get(country) ?? 0) + 1);
  };
  for (const t of texts) {
    for (const c of t.candidates) if (c.type === 'place' && c.known) vote(c.name);
    // a word's key is its folded text already (foldKey again, per capitalized word, was most of this step)
    for (const tok of t.doc.tokens) if (tok.cap && tok.kind === 'word') vote(demonyms.get(tok.key));
  }
  return votes;
}

let cached: Map<string, string> | null = null;

/** Canonical place name → its country's ISO 3166 code, countries first, then cities and regions (first one wins). */
function placeCountries(): Map<string, string> {
  if (cached) return cached;
  const map = new Map<string, string>();
  for (const c of countries) map.set(c.name, c.code);
  for (const row of [...cities, ...regions]) {
    const [name, code] = row;
    if (typeof name === 'string' && typeof code === 'string' && !map.has(name)) map.set(name, code);
  }
  cached = map;
  return map;
}
