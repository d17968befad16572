import type { Candidate, Token, TokenizedText } from '../candidate.ts';
import calendar from '../lexicon/calendar.json' with { type: 'json' };
import functionWords from '../lexicon/function-words.json' with { type: 'json' };
import type { EntityValue } from '../../schema.ts';

const MONTHS = new Map<string, number>(Object.entries(calendar.months));
const FULL_MONTHS = new Set(calendar.fullMonths);
const MODIFIERS = new Set(calendar.monthModifiers);
const MONTH_CUES = new Set(calendar.monthCues);
const YEAR_CUES = new Set(calendar.yearCues);
const FUNCTION_WORDS = new Set(functionWords.words);
const pad = (n: number): string => String(n).padStart(2, '0');
// patterns as constants: a literal in a function is a new RegExp object at each call, and these run on every token
const YEAR = /^(19|20)\d\d$/;
const DAY = /^\d{1,2}$/;
const ORDINAL = /^(st|nd|rd|th)$/;
/** A digit first: most tokens are words, answered without running a pattern. */
const digitFirst = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const isYear = (t: Token | undefined): t is Token => !!t && digitFirst(t.text) && YEAR.test(t.text);
const isDay = (t: Token | undefined): t is Token =>
  !!t && digitFirst(t.text) && DAY.test(t.text) && Number(t.text) >= 1 && Number(t.text) <= 31;
/** Month number of a capitalized month name or abbreviation ("Feb"), else undefined: "march" is a verb. */
const monthOf = (t: Token | undefined): number | undefined => (t?.cap ? MONTHS.get(t.key) : undefined);
/** Tokens that touch: "Breeze-2021", "2019B", "24th". */
const touches = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.end === b.start;
/** A letter or digit glued to a year makes it a code: "2019B", "2021a". */
const gluedOn = (y: Token, next: Token | undefined): boolean => touches(y, next) && next?.kind !== 'punct';
/** Cues that join a list, not say a time: "and April Ryan", "and 2000 people". */
const DASHES = new Set(['–', '—', '-']);
const LIST_CUES = new Set(['and', 'or', ',', 'to', ...DASHES]);

/**
 * Dates, as far as the phrase itself writes them; a year is never taken from elsewhere: "February 24" → `--02-24`,
 * "24th of February 2022" → `2022-02-24`, "August 2020" → `2020-08`, "early March" → `--03`, "in 2014" → `2014`.
 * Not dates: weekdays, seasons, "May" the verb, years in names ("Fan Expo Canada 2016", "Sea Breeze-2021"), decades
 * ("the 1960s"), ages and counts ("a 2000 year old", "killed 2000 people").
 */
export function dateRule(doc: TokenizedText): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const found = monthFirst(tokens, i) ?? dayFirst(tokens, i) ?? loneMonth(tokens, i) ?? bareYear(tokens, i);
    if (!found) continue;
    out.push(candidate(doc, found));
    i = found.last - 1;
  }
  return out;
}

/** A date found at some tokens, before it is made a candidate. */
interface Found {
  first: number;
  last: number;
  value: EntityValue;
}

const day = (first: number, last: number, year: string | null, month: number, d: number): Found => ({
  first,
  last,
  value: { kind: 'date', iso: `${year ?? '-'}-${pad(month)}-${pad(d)}`, precision: 'day' },
});

/** "February 24", "February 24th, 2022", "Feb. 24", "March 2022", "March of 2022". */
function monthFirst(tokens: readonly Token[], i: number): Found | undefined {
  const month = monthOf(tokens[i]);
  if (month === undefined) return undefined;
  let k = i + 1;
  if (tokens[k]?.text === '.' && !FULL_MONTHS.has(tokens[i]?.key ?? '')) k++; // "Feb. 24"
  const d = tokens[k];
  if (isDay(d)) {
    k++;
    if (ORDINAL.test(tokens[k]?.key ?? '') && touches(d, tokens[k])) k++; // "24th"
    const comma = tokens[k]?.text === ',' ? 1 : 0;
    const y = tokens[k + comma];
    if (isYear(y) && !gluedOn(y, tokens[k + comma + 1]))
      return day(i, k + comma + 1, y.text, month, Number(d.text));
    return day(i, k, null, month, Number(d.text));
  }
  const of = tokens[k]?.key === 'of' ? 1 : 0; // "March of 2022"
  const y = tokens[k + of];
  if (isYear(y) && !gluedOn(y, tokens[k + of + 1]))
    return {
      first: i,
      last: k + of + 1,
      value: { kind: 'date', iso: `${y.text}-${pad(month)}`, precision: 'month' },
    };
  return undefined;
}

/** "24 February 2022", "24 February", "24th of February". */
function dayFirst(tokens: readonly Token[], i: number): Found | undefined {
  const d = tokens[i];
  if (!isDay(d)) return undefined;
  let k = i + 1;
  if (ORDINAL.test(tokens[k]?.key ?? '') && touches(d, tokens[k])) {
    k++;
    if (tokens[k]?.key === 'of') k++; // "24th of February"; "24 of February" is a count
  }
  const month = monthOf(tokens[k]);
  if (month === undefined) return undefined;
  // "may" as a verb is lower case and never read; "5 May" is safe, the day comes first
  const y = tokens[k + 1];
  if (isYear(y) && !gluedOn(y, tokens[k + 2])) return day(i, k + 2, y.text, month, Number(d.text));
  return day(i, k + 1, null, month, Number(d.text));
}

/**
 * A month without a day or year: "in March", "early March", "last February", "mid-June", "the March elections" →
 * `--MM`, the modifier in the span. Only full names ("Mar" is too short to trust), only after a cue word, and never
 * "Theresa May" or "June Carter" (a capital beside it): "April showers", "said June," and "May the best win" are not
 * dates.
 */
function loneMonth(tokens: readonly Token[], i: number): Found | undefined {
  const t = tokens[i];
  const month = monthOf(t);
  if (!t || month === undefined || !FULL_MONTHS.has(t.key)) return undefined;
  let first = i;
  let before = tokens[i - 1];
  if (before?.text === '-' && touches(before, t) && MODIFIERS.has(tokens[i - 2]?.key ?? '')) {
    first = i - 2; // "mid-June"
    before = tokens[i - 2];
  } else if (before && MODIFIERS.has(before.key) && (!before.cap || before.sentenceStart)) first = i - 1;
  const cued = !!before && MONTH_CUES.has(before.key);
  const next = tokens[i + 1];
  // "Theresa May", "Thousands March": a capitalized word before it that is not a cue
  if (before?.kind === 'word' && before.cap && !cued) return undefined;
  // "June Carter", "and April Ryan": a capital after it, unless a preposition says it is a time ("In March Putin said")
  if (next?.kind === 'word' && next.cap && (!cued || LIST_CUES.has(before?.key ?? ''))) return undefined;
  if (!cued) return undefined;
  return { first, last: i + 1, value: { kind: 'date', iso: `--${pad(month)}`, precision: 'month' } };
}

/**
 * A year on its own, when something says it is one: a cue before it ("in 2014", "from 2014 to 2020", "Russia's 2022
 * invasion", "2014–2020") or a sentence start. Not "Fan Expo Canada 2016" (a name before it), "Sea Breeze-2021" or
 * "Exercise-2019B" (glued to a name), "the 1960s" (a decade), "a 2000 year old" or "2000 people" (a count).
 */
function bareYear(tokens: readonly Token[], i: number): Found | undefined {
  const t = tokens[i];
  if (!isYear(t)) return undefined;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  if (gluedOn(t, next)) return undefined; // "2019B", "1960s"
  if ((next?.key === "'" || next?.key === '’') && touches(t, next) && tokens[i + 2]?.key === 's')
    return undefined; // "1990’s"
  if (next && (next.key === 'year' || next.key === 'years' || next.text === '%')) return undefined;
  if (next?.text === '-' && touches(t, next) && tokens[i + 2]?.key === 'year') return undefined; // "2000-year-old"
  if (before?.text === '-' && touches(before, t)) {
    const word = tokens[i - 2];
    if (word?.kind === 'word' && word.cap && touches(word, before)) return undefined; // "Sea Breeze-2021"
  }
  // "over 2000 - 2050": a dash and a second year make a range of years, whatever comes before
  const range = !!next && DASHES.has(next.key) && isYear(tokens[i + 2]);
  const cued = range || (!!before && YEAR_CUES.has(before.key));
  if (!cued && !t.sentenceStart) return undefined;
  // "1500 protesters and 2000 people": after a list word, a noun next makes it a count, unless a year comes before the
  // list word ("the 2011–2013 drought", "from 2014 to 2020 the …")
  const counted = next?.kind === 'word' && !next.cap && !FUNCTION_WORDS.has(next.key);
  if (counted && LIST_CUES.has(before?.key ?? '') && !isYear(tokens[i - 2])) return undefined;
  return { first: i, last: i + 1, value: { kind: 'date', iso: t.text, precision: 'year' } };
}

function candidate(doc: TokenizedText, f: Found): Candidate {
  const start = doc.tokens[f.first]?.start ?? 0;
  const end = doc.tokens[f.last - 1]?.end ?? start;
  return {
    first: f.first,
    last: f.last,
    start,
    end,
    type: 'date',
    name: doc.text.slice(start, end),
    rule: 'value:date',
    priority: 5,
    known: true,
    coordinates: null,
    demonyms: [],
    value: f.value,
  };
}
