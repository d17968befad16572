import type { StorySource } from '../schema.ts';
import { NEWS_AGENCIES, SITE_NAME_WORDS, SOURCE_NAME_WORDS } from './lexicon/news-sources.ts';

const AGENCIES = new Set(NEWS_AGENCIES);
const SITE_WORDS = new Set([...SOURCE_NAME_WORDS, ...SITE_NAME_WORDS]);
/** Lowercase words inside a site's name: "Voice of America", "Mail & Guardian". */
const CONNECTORS = new Set(['of', 'the', 'and', '&', 'al', 'el', 'de', 'du', 'la', 'le']);
const MAX_NAME_WORDS = 6;

/** " – The Kyiv Independent", " | Reuters", " - BBC News" at the end of a headline: a spaced dash or bar, a name. */
const SUFFIX = /\s[-–—|]\s+([^-–—|]{2,60})$/u;

/** The site name a headline ends with, as written, or null: "Court blocks sale | Reuters" → "Reuters". */
export function titleSuffix(title: string): { name: string; start: number } | null {
  const match = SUFFIX.exec(title);
  const name = match?.[1]?.trim();
  if (!match || !name) return null;
  const tokens = name.split(/\s+/u);
  if (tokens.length > MAX_NAME_WORDS || !/^\p{Lu}/u.test(name)) return null;
  if (!tokens.every((t) => /^[\p{Lu}\p{N}]/u.test(t) || CONNECTORS.has(t.toLowerCase()))) return null;
  return { name, start: title.lastIndexOf(name) };
}

/**
 * The news site a headline names at its end, recorded as the story's source: "Ferry operators suspend crossings –
 * The Harbour Courier" → "The Harbour Courier", "… | Reuters", "… - BBC News". The name must say it is a site (an
 * agency, or a last word like "News", "Times", "Independent"), or end two headlines of the digest (`repeated`).
 * Not "Group B — Spain 2 – 1 Italy", "Biden – Putin summit", "Talks resume – Kyiv" (a place, once). Offsets are into
 * the title, which stays as written.
 */
export function findTitleSource(title: string, repeated: ReadonlySet<string>): StorySource | null {
  const suffix = titleSuffix(title);
  if (!suffix) return null;
  const { name, start } = suffix;
  const lower = name.toLowerCase();
  const last = lower.split(/\s+/u).pop() ?? '';
  const site = AGENCIES.has(lower) || SITE_WORDS.has(last) || repeated.has(lower);
  return site ? { name, start, end: start + name.length, in: 'title' } : null;
}
