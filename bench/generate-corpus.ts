import {
  BOILERPLATE,
  COUNTRIES,
  FIRST_NAMES,
  LAST_NAMES,
  MONTHS,
  NEWS_SOURCES,
  NEWSPAPERS,
  ORGANIZATIONS,
  REGIONS,
  SUBHEADINGS,
  TITLES,
  TOPICS,
  WEEKDAYS,
} from './digest-vocabulary.ts';
import { createPrng } from './prng.ts';
import type { Prng } from './prng.ts';

/** Size in bytes of the seed digest (seeds/000_afe5c047c713dffb.txt), the unit of the benchmark's scales. */
export const SEED_BYTES = 9090;

/** One generated digest file. */
export interface GeneratedFile {
  name: string;
  text: string;
}

/** The cast of one story: who, where and what it is about, so its paragraphs repeat names as news does. */
interface Cast {
  people: { first: string; last: string; title: string }[];
  country: (typeof COUNTRIES)[number];
  other: (typeof COUNTRIES)[number];
  org: string;
  region: string;
  topic: (typeof TOPICS)[number];
}

/**
 * Digests totalling at least `scale × SEED_BYTES` bytes of UTF-8, each about the seed's size (half to one and a
 * half times), deterministic for a given `seed`.
 */
export function generateCorpus(scale: number, seed = 1): GeneratedFile[] {
  const rng = createPrng(seed);
  const target = scale * SEED_BYTES;
  const files: GeneratedFile[] = [];
  for (let total = 0; total < target;) {
    const size = Math.min(target - total, Math.round(SEED_BYTES * (0.5 + rng.next())));
    const text = generateDigest(rng, Math.max(size, 600));
    const hex = Math.floor(rng.next() * 0xffffffff)
      .toString(16)
      .padStart(8, '0');
    files.push({ name: `${String(files.length).padStart(5, '0')}_${hex}.txt`, text });
    total += utf8Bytes(text);
  }
  return files;
}

/** One digest of about `bytes` bytes: stories with headlines, optional sub-headings, blank-line paragraphs. */
export function generateDigest(rng: Prng, bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  while (size < bytes) {
    const story = generateStory(rng);
    if (lines.length > 0) lines.push('', ...(rng.chance(0.2) ? [''] : []));
    lines.push(...story);
    size += utf8Bytes(story.join('\n'));
  }
  if (rng.chance(0.6)) lines.push('', '', rng.pick(BOILERPLATE));
  return `${lines.join(rng.chance(0.15) ? '\r\n' : '\n')}\n`;
}

function generateStory(rng: Prng): string[] {
  const cast = castStory(rng);
  const lines = [headline(rng, cast), ''];
  const sections = rng.int(0, 3);
  const lead = rng.int(2, 6);
  lines.push(opening(rng, cast));
  for (let i = 1; i < lead; i++) lines.push('', paragraph(rng, cast));
  for (let s = 0; s < sections; s++) {
    lines.push('', ...(rng.chance(0.1) ? [''] : []), subheading(rng, cast));
    // The seed has both: "strategic goal" then its paragraph on the next line, and headings followed by a blank.
    if (rng.chance(0.5)) lines.push('');
    const count = rng.int(1, 5);
    for (let i = 0; i < count; i++) lines.push(...(i > 0 ? [''] : []), paragraph(rng, cast));
  }
  return lines;
}

function castStory(rng: Prng): Cast {
  const country = rng.pick(COUNTRIES);
  let other = rng.pick(COUNTRIES);
  if (other === country) other = rng.pick(COUNTRIES);
  return {
    people: Array.from({ length: rng.int(1, 4) }, () => ({
      first: rng.pick(FIRST_NAMES),
      last: rng.pick(LAST_NAMES),
      title: rng.pick(TITLES),
    })),
    country,
    other,
    org: rng.pick(ORGANIZATIONS),
    region: rng.pick(REGIONS),
    topic: rng.pick(TOPICS),
  };
}

function headline(rng: Prng, c: Cast): string {
  const p = rng.pick(c.people);
  const [country, demonym, capital] = c.country;
  const [topic, things] = c.topic;
  return rng.pick([
    `${p.first} ${p.last}’s adviser: ${demonym} officials attempt to end ${topic}`,
    `${country} and ${c.other[0]} sign a deal on ${topic}`,
    `Despite the warnings, these ${demonym} companies kept selling ${things}!`,
    `A secret network in ${capital}. How did it disrupt ${things}?`,
    `${capital} braces for ${topic} as ${upperFirst(c.org)} meets`,
    `${demonym} ${p.title} ${p.last} resigns over ${topic}`,
    `${upperFirst(things)} in ${c.region} fall for a third month`,
    `What ${topic} means for ${c.country[3]}`,
  ]);
}

function opening(rng: Prng, c: Cast): string {
  const body = paragraph(rng, c);
  return rng.chance(0.5)
    ? `${rng.pick(NEWS_SOURCES)}: ${body}`
    : rng.chance(0.2)
      ? `(${rng.pick(['AFP', 'Reuters', 'AP'])}) - ${body}`
      : body;
}

function subheading(rng: Prng, c: Cast): string {
  return rng.pick([
    rng.pick(SUBHEADINGS),
    rng.pick(SUBHEADINGS),
    `${rng.int(2, 12)} ${rng.pick(['stars', 'days', 'questions', 'lessons'])}`,
    `“${upperFirst(rng.pick(SUBHEADINGS))}”`,
    `${upperFirst(c.topic[1])} and ${c.topic[2]}`,
    `It contains ${rng.pick(['thousands', 'hundreds', 'dozens'])} of ${c.topic[1]}`,
  ]);
}

function paragraph(rng: Prng, c: Cast): string {
  const count = rng.int(1, 4);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(sentence(rng, c));
  return sentences.join(' ');
}

function sentence(rng: Prng, c: Cast): string {
  const p = rng.pick(c.people);
  const q = rng.pick(c.people);
  const [country, demonym, capital, city] = c.country;
  const [topic, things, places] = c.topic;
  const day = rng.pick(WEEKDAYS);
  const date = `${rng.pick(MONTHS)} ${rng.int(1, 28)}`;
  const n = rng.pick([rng.int(2, 99), rng.int(100, 999), rng.int(1000, 9999)]);
  const money = rng.pick([
    `€ ${rng.int(2, 400)}m`,
    `$${rng.int(2, 90)} billion`,
    `${rng.int(2, 300)} million euros`,
  ]);
  return rng.pick([
    `${demonym} ${p.title} ${p.first} ${p.last} said on ${day} that ${topic} would dominate talks in ${capital}.`,
    `“We need more help to protect our ${places},” ${p.last} told reporters in ${city}.`,
    `According to ${rng.pick(NEWSPAPERS)}, ${c.org} has spent ${money} on ${things} since ${date}.`,
    `It is noteworthy that ${country} and ${c.other[0]} have disagreed over ${topic} since ${rng.int(1990, 2023)}.`,
    `${p.last} added that more than ${n.toLocaleString('en-US')} people were affected in ${c.region}.`,
    `In turn, ${q.first} ${q.last}, ${article(q.title)} ${q.title} in ${c.other[2]}, said the ${things} were ${rng.pick(['delayed', 'cancelled', 'resumed'])}.`,
    `He indicated that ${c.org} would send ${rng.pick(['experts', 'observers', 'aid', 'a delegation'])} to ${city} within days.`,
    `Meanwhile, ${rng.pick(['officials', 'residents', 'workers', 'volunteers'])} in ${capital} waited for news about ${things}.`,
    `She pointed out that ${topic} had cost ${c.other[1]} exporters ${money} last year.`,
    `The ${c.other[1]} side, led by ${p.title} ${p.last}, rejected the proposal on ${date}.`,
    `By ${date}, satellite images showed ${rng.int(2, 60)}-mile queues near the ${places} of ${city}.`,
    `Critics said the plan ignored ${c.region}, where ${things} had been scarce for ${rng.int(2, 11)} months.`,
  ]);
}

/** "a" or "an" before a word: "an ambassador", "a mayor". */
function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}
