import type { StorySource } from '../schema.ts';
import { NEWS_AGENCIES, NOT_SOURCE_WORDS, SOURCE_NAME_WORDS } from './lexicon/news-sources.ts';

const SOURCE_WORDS = new Set(SOURCE_NAME_WORDS);
const AGENCIES = new Set(NEWS_AGENCIES);
const NOT_SOURCES = new Set(NOT_SOURCE_WORDS);

/** A dateline sits at the very start; nothing past this many characters is looked at, however long the paragraph. */
const HEAD_CHARS = 160;
const MAX_NAME_WORDS = 6;

/** Lowercase words inside names of sources and places: "Voice of America", "Al-Quds al-Arabi", "Rio Grande do Sul". */
const CONNECTORS = new Set([
  'of',
  'al',
  'el',
  'the',
  'and',
  'for',
  'de',
  'du',
  'da',
  'do',
  'dos',
  'del',
  'di',
  'la',
  'le',
  'von',
  'van',
  'bin',
  '&',
]);

/** "(AFP) - ", "LONDON (Reuters) — ", "Kyiv, April 5 (Reuters) – ": a dateline prefix, the agency, a dash. */
const PARENTHESIZED = /^([^()\n]{0,60})\(([^()\n]{1,40})\)\s*[-–—]\s/u;

/** Whether a token could be part of a name: capitalized ("Al-Ahram"), a number ("24"), or a connector ("of"). */
function nameToken(token: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(token) || CONNECTORS.has(token.toLowerCase());
}

/** Whether every word of a dateline prefix is a place or date: "LONDON", "Kyiv, April 5", "Rio Grande do Sul". */
function datelinePrefix(prefix: string): boolean {
  const tokens = prefix.trim().split(/\s+/).filter(Boolean);
  return tokens.every(nameToken);
}

/** Whether a name before a colon or in brackets reads as a news source rather than "Note" or a person. */
function sourceName(name: string, bare: boolean): boolean {
  const tokens = name.split(/\s+/);
  const lower = name.toLowerCase();
  if (tokens.length === 0 || tokens.length > MAX_NAME_WORDS || !tokens.every(nameToken)) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(name) || NOT_SOURCES.has(lower)) return false;
  if (AGENCIES.has(lower)) return true;
  const last = (tokens[tokens.length - 1] ?? '').toLowerCase();
  // In brackets any capitalized name is a signature: "(Anadolu)"; before a colon it must say it is a source.
  return bare || SOURCE_WORDS.has(last);
}

/**
 * The source or dateline a story's first paragraph opens with: "Sudan Tribune: The army …" → "Sudan Tribune",
 * "LONDON (Reuters) - …" → "Reuters", "Tehran - Al-Alam Network: …" → "Al-Alam Network". Offsets are into the paragraph. Not "He said: …", "Note: …",
 * "President Biden: …" (a quote), nor a bracket in the middle of a sentence ("He met the envoy (UN) - …").
 */
export function findSource(paragraph: string): StorySource | null {
  const head = paragraph.slice(0, HEAD_CHARS);
  const bracketed = PARENTHESIZED.exec(head);
  if (bracketed) {
    const prefix = bracketed[1] ?? '';
    const inner = bracketed[2] ?? '';
    const name = inner.trim();
    if (datelinePrefix(prefix) && sourceName(name, true)) {
      const start = prefix.length + 1 + inner.indexOf(name);
      return { name, start, end: start + name.length };
    }
  }
  const colon = head.indexOf(':');
  if (colon <= 0 || colon > 60 || !/^\s+\S/u.test(head.slice(colon + 1))) return null;
  // "Tehran - Al-Alam Network: …": a place, a dash, then the source.
  const dash = /\s[-–—]\s/u.exec(head.slice(0, colon));
  const from = dash && datelinePrefix(head.slice(0, dash.index)) ? dash.index + dash[0].length : 0;
  const name = head.slice(from, colon).trim();
  // After "Cairo – " the name before the colon can only be who reports: "Cairo – Al-Ahram: …".
  if (!sourceName(name, from > 0)) return null;
  const start = head.indexOf(name, from);
  return { name, start, end: start + name.length };
}
