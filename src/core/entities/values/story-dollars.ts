import type { Candidate } from '../candidate.ts';
import type { AnnotatedText } from '../06-merge-aliases.ts';
import currencies from '../lexicon/currencies.json' with { type: 'json' };
import countries from '../lexicon/countries.json' with { type: 'json' };
import cities from '../lexicon/cities.json' with { type: 'json' };
import regions from '../lexicon/regions.json' with { type: 'json' };
import { gazetteerIndex } from '../gazetteer-index.ts';
import { foldKey } from '../alias/fold-key.ts';

const DOLLAR_OF_COUNTRY = new Map<string, string>(Object.entries(currencies.dollarCountries));
const DOLLARS = new Set(DOLLAR_OF_COUNTRY.values());

/**
 * Says whose dollar a bare "$" or "dollars" is, from its own story only: another amount there that writes its dollar
 * ("C$ 5m", "NZ$ 3m"), else the dollar country the story names most ("Toronto", "Canadian": CAD), when one leads. A
 * story with no such evidence, or a tie ("Canada" once, "US" once), keeps USD marked `assumed`, never silently USD.
 */
export function storyDollars(texts: readonly AnnotatedText[]): AnnotatedText[] {
  const bare = (c: Candidate): boolean => c.value?.kind === 'money' && c.value.currencyFrom === 'assumed';
  if (!texts.some((t) => t.candidates.some(bare))) return [...texts];
  const code = writtenDollar(texts) ?? namedDollar(texts);
  if (!code) return [...texts];
  const decide = (c: Candidate): Candidate =>
    c.value?.kind === 'money' && bare(c)
      ? {
          ...c,
          rule: 'value:money-story-dollar',
          value: { ...c.value, currency: code, currencyFrom: 'story' },
        }
      : c;
  return texts.map((t) => ({ doc: t.doc, candidates: t.candidates.map(decide) }));
}

/** The one dollar the story's written amounts name ("C$ 5m" and "C$ 2m": CAD); none when they name two or none. */
function writtenDollar(texts: readonly AnnotatedText[]): string | undefined {
  const written = new Set<string>();
  for (const t of texts)
    for (const c of t.candidates)
      if (c.value?.kind === 'money' && !c.value.currencyFrom && DOLLARS.has(c.value.currency))
        written.add(c.value.currency);
  return written.size === 1 ? [...written][0] : undefined;
}

/** The dollar of the dollar country the story names most, by places and demonyms, when it leads alone. */
function namedDollar(texts: readonly AnnotatedText[]): string | undefined {
  const countryOf = placeCountries();
  const { demonyms } = gazetteerIndex();
  const votes = new Map<string, number>();
  const vote = (country: string | undefined): void => {
    const code = country ? DOLLAR_OF_COUNTRY.get(country) : undefined;
    if (code) votes.set(code, (votes.get(code) ?? 0) + 1);
  };
  for (const t of texts) {
    for (const c of t.candidates) if (c.type === 'place' && c.known) vote(countryOf.get(c.name));
    // "Canadian convention": a demonym names its country too
    for (const tok of t.doc.tokens) {
      const place = tok.cap ? demonyms.get(foldKey(tok.text)) : undefined;
      if (place) vote(countryOf.get(place));
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
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
