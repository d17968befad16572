import type { Candidate, Token, TokenizedText } from '../candidate.ts';
import type { EntityValue } from '../../schema.ts';
import calendar from '../lexicon/calendar.json' with { type: 'json' };
import currencies from '../lexicon/currencies.json' with { type: 'json' };
import { parseNumber } from './parse-number.ts';

const SYMBOLS = new Map<string, string>(Object.entries(currencies.symbols));
const DOLLAR_PREFIXES = new Map<string, string>(Object.entries(currencies.dollarPrefixes));
const WORD_PREFIXES = new Map<string, string>(Object.entries(currencies.wordPrefixes));
const CODES = new Map<string, string>([
  ...currencies.codes.map((c): [string, string] => [c, c]),
  ...Object.entries(currencies.codeAliases),
]);
const WORDS = new Map<string, string>(Object.entries(currencies.words));
const NAMED = new Map<string, string>(Object.entries(currencies.namedWords));
const NAMED_LENGTH = Math.max(...[...NAMED.keys()].map((k) => k.split(' ').length));
const SCALES = new Map<string, number>(Object.entries(currencies.scales));
/** Signs several countries' currencies share: "$", "dollars", "pesos", "francs" … */
const SHARED = new Set(Object.values(currencies.families).flatMap((f) => f.signs));
const NUMBER_WORDS = new Map<string, number>(Object.entries(calendar.numberWords));
const DASHES = new Set(['-', '–', '—']);
/** "1.08 dollars to the euro", "$ 1.08 per euro": a rate, not an amount. */
const RATE_WORDS = new Set(['to', 'per', 'against', 'a']);
const ARTICLES = new Set(['the', 'one', 'each', 'every']);

/** Where an amount's currency comes from. */
interface Currency {
  code: string;
  /** Token index just past the currency's tokens. */
  next: number;
  /** The text writes only a shared sign ("$", "dollars", "pesos"): whose it is, the story decides (`storyCurrency`). */
  shared: boolean;
}

/** A number as written, with its scale: "273 million", "40m", "two billion", "1.2bn". */
interface Amount {
  first: number;
  /** Token index just past the number and its scale. */
  last: number;
  value: number;
  scale: number | undefined;
}

/**
 * Money amounts, each with its currency and number: "€ 121m", "€ 273 million worth", "152 million euros",
 * "US$ 20,000", "NZ $ 26 million", "C$5", "USD 1.2 billion", "SDR 500 million" (XDR), "1.2 billion USD",
 * "two billion dollars", "500,000 CFA francs"; a range "$5–6 million" gives both bounds. A sign several currencies
 * share ("$", "dollars", "pesos") is marked so the story can say whose it is. Not "millions of euros" (no number), "5 pounds of rice" (a weight)
 * nor "1.08 dollars to the euro" (a rate).
 */
export function moneyRule(doc: TokenizedText): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const before = currencyBefore(tokens, i);
    const amount = amountAt(tokens, before ? before.next : i);
    if (!amount) continue;
    const second = rangeEnd(tokens, amount.last, i, before);
    const after = before ? undefined : currencyAfter(tokens, (second ?? amount).last);
    const currency = before ?? after;
    if (!currency || isRate(tokens, currency.next)) continue;
    if (after && !amount.scale && NUMBER_WORDS.has(tokens[amount.first]?.key ?? '')) continue; // "two real reasons"
    const end = after ? after.next : (second ?? amount).last;
    if (second) {
      // "$5–6 million": the first bound takes the second's scale
      const value = amount.scale ? amount.value : amount.value * (second.scale ?? 1);
      out.push(money(doc, i, amount.last, value, currency));
      out.push(money(doc, second.first, end, second.value, currency));
    } else out.push(money(doc, i, end, amount.value, currency));
    i = end - 1;
  }
  return out;
}

/** A currency written before the number: "€", "US$", "NZ $", "$US", "USD", "SDR", "Rs.". */
function currencyBefore(tokens: readonly Token[], i: number): Currency | undefined {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next) return undefined;
  if (t.kind === 'punct') {
    const code = SYMBOLS.get(t.text);
    if (!code) return undefined;
    // "$US 5 million", "$NZ 26 million"
    const named = t.text === '$' && t.end === next.start ? DOLLAR_PREFIXES.get(next.text) : undefined;
    if (named && next.allCaps) return { code: named, next: i + 2, shared: false };
    return { code, next: i + 1, shared: SHARED.has(t.text) };
  }
  if (t.kind !== 'word') return undefined;
  const dollar = DOLLAR_PREFIXES.get(t.text);
  // "C$5" touches; "NZ $ 26 million" may have a space, but "A $5 fee" is an article
  if (dollar && next.text === '$' && (t.end === next.start || (t.allCaps && t.text.length >= 2)))
    return { code: dollar, next: i + 2, shared: false };
  const word = WORD_PREFIXES.get(t.text);
  if (word) return { code: word, next: next.text === '.' ? i + 2 : i + 1, shared: false };
  const code = t.allCaps || t.text === 'SDRs' ? CODES.get(t.text) : undefined;
  return code ? { code, next: i + 1, shared: false } : undefined;
}

/** A currency written after the number: "euros", "CFA francs", "Canadian dollars", "USD". */
function currencyAfter(tokens: readonly Token[], k: number): Currency | undefined {
  for (let n = Math.min(NAMED_LENGTH, tokens.length - k); n >= 2; n--) {
    const key = tokens
      .slice(k, k + n)
      .map((t) => t.key)
      .join(' ');
    const code = NAMED.get(key);
    if (code) return { code, next: k + n, shared: false };
  }
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  // "5 pounds of rice", "a pound of flesh": a weight
  if ((t.key === 'pound' || t.key === 'pounds') && tokens[k + 1]?.key === 'of') return undefined;
  const code = WORDS.get(t.key) ?? (t.allCaps ? CODES.get(t.text) : undefined);
  return code ? { code, next: k + 1, shared: SHARED.has(t.key) } : undefined;
}

/** The scale a token names ("million", "m", "crore"), if any; module-level, not a closure made per token. */
function scaleAt(s: Token | undefined): number | undefined {
  return SCALES.get(s?.key ?? '');
}

/** The number at token `k` with its scale: "273 million", "40m", "two billion", "a billion". */
function amountAt(tokens: readonly Token[], k: number): Amount | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  let value = Number.NaN;
  if (t.kind === 'number') value = parseNumber(t.text);
  else if (t.kind === 'word') {
    value = NUMBER_WORDS.get(t.key) ?? Number.NaN;
    // "a billion dollars", "one million euros": a number only before a scale
    if (Number.isNaN(value) && (t.key === 'a' || t.key === 'one') && scaleAt(tokens[k + 1])) value = 1;
  }
  if (!Number.isFinite(value)) return undefined;
  // "two hundred million", "1.5 lakh crore": scales multiply
  let scale: number | undefined;
  let last = k + 1;
  if (t.kind === 'word' && tokens[last]?.key === 'hundred' && scaleAt(tokens[last + 1])) {
    value *= 100;
    last++;
  }
  for (let s = scaleAt(tokens[last]); s !== undefined; s = scaleAt(tokens[last])) {
    scale = (scale ?? 1) * s;
    last++;
  }
  return { first: k, last, value: value * (scale ?? 1), scale };
}

/**
 * The upper bound of a range after an amount: "–6 million" of "$5–6 million", "to € 3 billion", "and 12 million" after
 * "between".
 */
function rangeEnd(
  tokens: readonly Token[],
  k: number,
  from: number,
  before: Currency | undefined,
): Amount | undefined {
  const link = tokens[k];
  if (!link) return undefined;
  const between = link.key === 'and' && tokens[from - 1]?.key === 'between';
  if (!DASHES.has(link.text) && link.key !== 'to' && !between) return undefined;
  // "from € 2 to € 3 billion": the symbol again, in the bound's span
  if (before && SYMBOLS.has(tokens[k + 1]?.text ?? '')) {
    const again = amountAt(tokens, k + 2);
    return again && tokens[again.first]?.kind === 'number' ? { ...again, first: k + 1 } : undefined;
  }
  const second = amountAt(tokens, k + 1);
  if (!second || tokens[second.first]?.kind !== 'number') return undefined;
  // "$5 to 10 times": after "to", only a bound with a scale or a currency of its own is money
  if (!DASHES.has(link.text) && !second.scale && !currencyAfter(tokens, second.last)) return undefined;
  return second;
}

/** "dollars to the euro", "per barrel of … dollars": the amount is a rate of one currency in another. */
function isRate(tokens: readonly Token[], k: number): boolean {
  if (!RATE_WORDS.has(tokens[k]?.key ?? '')) return false;
  const n = ARTICLES.has(tokens[k + 1]?.key ?? '') ? k + 2 : k + 1;
  const t = tokens[n];
  return !!t && (SYMBOLS.has(t.text) || WORDS.has(t.key) || (t.allCaps && CODES.has(t.text)));
}

function money(doc: TokenizedText, first: number, last: number, amount: number, c: Currency): Candidate {
  const start = doc.tokens[first]?.start ?? 0;
  const end = doc.tokens[last - 1]?.end ?? start;
  const value: EntityValue = { kind: 'money', currency: c.code, amount: Math.round(amount * 100) / 100 };
  return {
    first,
    last,
    start,
    end,
    type: 'money',
    name: doc.text.slice(start, end),
    rule: c.shared ? 'value:money-shared-sign' : 'value:money',
    priority: 6,
    known: true,
    coordinates: null,
    demonyms: [],
    value: c.shared ? { ...value, currencyFrom: 'assumed' } : value,
  };
}
