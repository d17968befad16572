import type { Candidate, TokenizedText } from '../candidate.ts';
import currencies from '../lexicon/currencies.json' with { type: 'json' };
import { parseNumber } from './parse-number.ts';

const SYMBOLS = new Map<string, string>(Object.entries(currencies.symbols));
const WORDS = new Map<string, string>(Object.entries(currencies.words));
const SCALES = new Map<string, number>(Object.entries(currencies.scales));

/**
 * Money amounts: "€ 121m" and "(£ 107m)" (symbol, number, scale), "152 million euros", "500,000 CFA francs",
 * "US$ 2 billion". Not "millions of euros" (no amount).
 */
export function moneyRule(doc: TokenizedText): Candidate[] {
  const { tokens } = doc;
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    let first = i;
    let currency: string | undefined;
    let k = i;
    // symbol first: "€", "US$"
    if (t.key === 'us' && tokens[i + 1]?.text === '$' && tokens[i + 1]?.start === t.end) {
      currency = 'USD';
      k = i + 2;
    } else if (t.kind === 'punct' && SYMBOLS.has(t.text)) {
      // every symbol is a punctuation token: a word or number need not be looked up
      currency = SYMBOLS.get(t.text);
      k = i + 1;
    }
    const numTok = tokens[k];
    if (!numTok || numTok.kind !== 'number') continue;
    let amount = parseNumber(numTok.text);
    if (!Number.isFinite(amount)) continue;
    let end = k + 1;
    const scale = SCALES.get(tokens[end]?.key ?? '');
    if (scale !== undefined) {
      amount *= scale;
      end++;
    }
    if (!currency) {
      // "152 million euros", "500,000 CFA francs"
      const w = tokens[end]?.key ?? '';
      const w2 = tokens[end + 1]?.key ?? '';
      if (w === 'cfa' && /^francs?$/.test(w2)) {
        currency = 'XOF';
        end += 2;
      } else if (WORDS.has(w)) {
        currency = WORDS.get(w);
        end++;
      } else continue;
      first = k;
    }
    const last = tokens[end - 1];
    const head = tokens[first];
    if (!currency || !last || !head) continue;
    out.push({
      first,
      last: end,
      start: head.start,
      end: last.end,
      type: 'money',
      name: doc.text.slice(head.start, last.end),
      rule: 'value:money',
      priority: 6,
      known: true,
      coordinates: null,
      demonyms: [],
      value: { kind: 'money', currency, amount: Math.round(amount * 100) / 100 },
    });
    i = end - 1;
  }
  return out;
}
