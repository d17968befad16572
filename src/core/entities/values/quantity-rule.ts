import type { Candidate, TokenizedText } from '../candidate.ts';
import calendar from '../lexicon/calendar.json' with { type: 'json' };
import functionWords from '../lexicon/function-words.json' with { type: 'json' };
import currencies from '../lexicon/currencies.json' with { type: 'json' };
import units from '../lexicon/units.json' with { type: 'json' };
import { parseNumber } from './parse-number.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

const NUMBER_WORDS = new Map<string, number>(Object.entries(calendar.numberWords));
const MONTHS = new Set(Object.keys(calendar.months));
const STOP = new Set(functionWords.words);
const APPROX = calendar.approximators.map((a) => a.split(' '));
const UNITS = new Map<string, string>(Object.entries(units.units));
const SCALES = new Map<string, number>(Object.entries(units.scales));
const IRREGULAR = new Set(units.irregularPlurals);
/** Currency words: "1.08 dollars" is money's business, never a quantity's unit. */
const CURRENCY_WORDS = new Set(Object.keys(currencies.words));
// patterns as constants: a literal in a function is a new RegExp object at each call, and these run on every token
const YEAR = /^(19|20)\d\d$/;
const PLURAL = /s$/;

/**
 * Quantities: "more than 2,000 Ukrainian fighters" (2000 fighters; the demonym is skipped in the unit),
 * "40-mile convoy" (40 miles: a unit of measure ends the span), "2 million people", "20 years", "five sabotage
 * attacks", "12%". Not a year ("in 2014"), not a day of a month, not a currency ("1.08 dollars").
 */
export function quantityRule(doc: TokenizedText): Candidate[] {
  const { tokens } = doc;
  const { demonyms } = gazetteerIndex();
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let amount = Number.NaN;
    if (t.kind === 'number' && !YEAR.test(t.text)) amount = parseNumber(t.text);
    else if (t.kind === 'word' && !t.cap) amount = NUMBER_WORDS.get(t.key) ?? Number.NaN;
    if (!Number.isFinite(amount)) continue;
    let k = i + 1;
    const scale = SCALES.get(tokens[k]?.key ?? '');
    if (scale !== undefined) {
      amount *= scale; // "2 million people"
      k++;
    }
    if (tokens[k]?.text === '-' && tokens[k]?.start === tokens[k - 1]?.end) k++; // "40-mile"
    if (tokens[k]?.text === '%') {
      out.push(quantity(doc, approxStart(doc, i), k + 1, amount, 'percent'));
      continue;
    }
    const measure = unitAt(doc, k);
    if (measure) {
      out.push(quantity(doc, approxStart(doc, i), measure.end, amount, measure.unit));
      i = measure.end - 1;
      continue;
    }
    const unit: string[] = [];
    let end = k;
    while (end < tokens.length && unit.length < 2) {
      const w = tokens[end];
      if (!w || w.kind !== 'word') break;
      if (demonyms.has(w.key) && unit.length === 0) {
        end++;
        continue;
      }
      if (
        w.cap ||
        STOP.has(w.key) ||
        MONTHS.has(w.key) ||
        NUMBER_WORDS.has(w.key) ||
        CURRENCY_WORDS.has(w.key)
      )
        break;
      unit.push(w.text);
      end++;
      // a plural noun ends the phrase: "sabotage attacks", "2 million people"
      if (PLURAL.test(w.key) || IRREGULAR.has(w.key) || tokens[end]?.kind !== 'word') break;
    }
    if (unit.length === 0) continue;
    out.push(quantity(doc, approxStart(doc, i), end, amount, unit.join(' ')));
    i = end - 1;
  }
  return out;
}

/** A unit of measure at token `k` ("mile", "square kilometres", "per cent"): its canonical name and end. */
function unitAt(doc: TokenizedText, k: number): { unit: string; end: number } | undefined {
  const one = doc.tokens[k]?.key ?? '';
  const two = UNITS.get(`${one} ${doc.tokens[k + 1]?.key ?? ''}`);
  if (two) return { unit: two, end: k + 2 };
  const unit = UNITS.get(one);
  return unit ? { unit, end: k + 1 } : undefined;
}

/** Index of the first token of "more than", "at least" … just before token `i`, or `i`. */
function approxStart(doc: TokenizedText, i: number): number {
  for (const words of APPROX) {
    const from = i - words.length;
    if (from >= 0 && words.every((w, n) => doc.tokens[from + n]?.key === w)) return from;
  }
  return i;
}

function quantity(doc: TokenizedText, first: number, last: number, amount: number, unit: string): Candidate {
  const a = doc.tokens[first];
  const b = doc.tokens[last - 1];
  const start = a?.start ?? 0;
  const end = b?.end ?? start;
  return {
    first,
    last,
    start,
    end,
    type: 'quantity',
    name: doc.text.slice(start, end),
    rule: 'value:quantity',
    priority: 4,
    known: true,
    coordinates: null,
    demonyms: [],
    value: { kind: 'quantity', amount, unit },
  };
}
