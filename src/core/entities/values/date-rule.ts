import type { Candidate, TokenizedText } from '../candidate.ts';
import calendar from '../lexicon/calendar.json' with { type: 'json' };
import type { EntityValue } from '../../schema.ts';

const MONTHS = new Map<string, number>(Object.entries(calendar.months));
const pad = (n: number): string => String(n).padStart(2, '0');
// patterns as constants: a literal in a function is a new RegExp object at each call, and these run on every token
const YEAR = /^(19|20)\d\d$/;
const DAY = /^\d{1,2}$/;
/** A digit first: most tokens are words, answered without running a pattern. */
const digitFirst = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 48 && c <= 57;
};
const isYear = (s: string | undefined): boolean => !!s && digitFirst(s) && YEAR.test(s);
const isDay = (s: string | undefined): boolean =>
  !!s && digitFirst(s) && DAY.test(s) && Number(s) >= 1 && Number(s) <= 31;

/**
 * Dates: "February 24" (→ `--02-24`, the year is not guessed), "February 24, 2022", "24 February 2022", "March 2022",
 * "in 2014" (a year). A month alone ("in early March") has no value we can state and is left out; "May" is a month only
 * before a day or year ("May 5"), never the verb.
 */
export function dateRule(doc: TokenizedText): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  const push = (first: number, last: number, value: EntityValue): void => {
    const a = tokens[first];
    const b = tokens[last - 1];
    if (!a || !b) return;
    out.push({
      first,
      last,
      start: a.start,
      end: b.end,
      type: 'date',
      name: doc.text.slice(a.start, b.end),
      rule: 'value:date',
      priority: 5,
      known: true,
      coordinates: null,
      demonyms: [],
      value,
    });
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const month = t.cap ? MONTHS.get(t.key) : undefined;
    if (month !== undefined) {
      const d = tokens[i + 1];
      if (isDay(d?.text)) {
        // "February 24, 2022" / "February 24"
        const comma = tokens[i + 2]?.text === ',';
        const y = tokens[i + (comma ? 3 : 2)];
        if (isYear(y?.text) && y) {
          push(i, i + (comma ? 4 : 3), {
            kind: 'date',
            iso: `${y.text}-${pad(month)}-${pad(Number(d?.text))}`,
            precision: 'day',
          });
          i += comma ? 3 : 2;
        } else {
          push(i, i + 2, { kind: 'date', iso: `--${pad(month)}-${pad(Number(d?.text))}`, precision: 'day' });
          i += 1;
        }
      } else if (isYear(d?.text)) {
        push(i, i + 2, { kind: 'date', iso: `${d?.text}-${pad(month)}`, precision: 'month' });
        i += 1;
      }
      continue;
    }
    if (isDay(t.text)) {
      // "24 February 2022", "24 February"
      const m = tokens[i + 1];
      const mo = m?.cap ? MONTHS.get(m.key) : undefined;
      if (mo !== undefined) {
        const y = tokens[i + 2];
        if (isYear(y?.text))
          push(i, i + 3, {
            kind: 'date',
            iso: `${y?.text}-${pad(mo)}-${pad(Number(t.text))}`,
            precision: 'day',
          });
        else push(i, i + 2, { kind: 'date', iso: `--${pad(mo)}-${pad(Number(t.text))}`, precision: 'day' });
        i += isYear(y?.text) ? 2 : 1;
        continue;
      }
    }
    if (isYear(t.text)) push(i, i + 1, { kind: 'date', iso: t.text, precision: 'year' });
  }
  return out;
}
