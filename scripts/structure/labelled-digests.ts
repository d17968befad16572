/**
 * The labelled digests the structure model is calibrated and measured on: each `.txt` with its reference reading
 * (`.gold.json`: stories → sections → paragraph lines, boilerplate). Node only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The structure part of a reference reading. */
export interface GoldStructure {
  stories: {
    title: string;
    line: number;
    sections: { heading: string | null; line: number; paragraphs: number[] }[];
  }[];
  boilerplate: string[];
}

/** One labelled digest. */
export interface LabelledDigest {
  name: string;
  /**
   * `train` digests calibrate the weights; `dev` ones only measure (real news we must not tune to); `golden` ones,
   * the parser's own golden pairs, only measure too (their readings were snapshots of the parser, not labels);
   * `heldout` ones are invented digests in the styles of the hidden sets (news-site pages, wire copy, translated
   * press), labelled by hand and never fitted, so they measure how the model does on what it has not seen.
   */
  set: 'train' | 'dev' | 'golden' | 'heldout';
  path: string;
  text: string;
  gold: GoldStructure;
}

const ROOT = new URL('../../', import.meta.url).pathname;

function fromFolder(folder: string, set: 'train' | 'dev' | 'heldout'): LabelledDigest[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt') && existsSync(join(folder, f.replace(/\.txt$/, '.gold.json'))))
    .sort()
    .map((f) => load(join(folder, f), join(folder, f.replace(/\.txt$/, '.gold.json')), set));
}

function load(path: string, goldPath: string, set: 'train' | 'dev' | 'heldout'): LabelledDigest {
  return {
    name: basename(path, '.txt'),
    set,
    path,
    text: readFileSync(path, 'utf8'),
    gold: JSON.parse(readFileSync(goldPath, 'utf8')) as GoldStructure,
  };
}

/**
 * The structure of a reading (a ParsedDocument, or a reviewed golden one) as a reference: stories → sections →
 * paragraph lines, boilerplate text.
 */
export function structureOf(doc: GoldenDocument): GoldStructure {
  return {
    stories: doc.stories.map((s) => ({
      title: s.title,
      line: s.line,
      sections: s.sections.map((sec) => ({
        heading: sec.heading,
        line: sec.line,
        paragraphs: sec.paragraphs.map((p) => p.line),
      })),
    })),
    boilerplate: doc.boilerplate.map((b) => b.text),
  };
}

/** A reviewed golden reading (`tests/fixtures/parse/<case>.json`, a ParsedDocument) as a reference structure. */
interface GoldenDocument {
  stories: {
    title: string;
    line: number;
    sections: { heading: string | null; line: number; paragraphs: { line: number }[] }[];
  }[];
  boilerplate: { text: string }[];
}

/** The golden pairs of the parser's own tests, reviewed by hand when they were written. */
function fromGoldenPairs(folder: string): LabelledDigest[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter(
      (f) => f.endsWith('.txt') && f !== 'seed.txt' && existsSync(join(folder, f.replace(/\.txt$/, '.json'))),
    )
    .sort()
    .map((f) => {
      const golden = JSON.parse(
        readFileSync(join(folder, f.replace(/\.txt$/, '.json')), 'utf8'),
      ) as GoldenDocument;
      const gold = structureOf(golden);
      const path = join(folder, f);
      return {
        name: `parse/${basename(f, '.txt')}`,
        set: 'golden' as const,
        path,
        text: readFileSync(path, 'utf8'),
        gold,
      };
    });
}

/** Every labelled digest found: fixtures and hand-labelled structure digests, the seed, and the dev set if present. */
export function labelledDigests(): LabelledDigest[] {
  const seedGold = join(ROOT, '../shared/eval/000_afe5c047c713dffb.gold.json');
  const seed = existsSync(seedGold)
    ? [load(join(ROOT, 'seeds/000_afe5c047c713dffb.txt'), seedGold, 'train')]
    : [];
  return [
    ...fromFolder(join(ROOT, 'tests/fixtures/digests'), 'train'),
    ...fromFolder(join(ROOT, 'tests/fixtures/structure'), 'train'),
    ...fromFolder(join(ROOT, 'tests/fixtures/structure-heldout'), 'heldout'),
    ...fromGoldenPairs(join(ROOT, 'tests/fixtures/parse')),
    ...seed,
    ...fromFolder(join(ROOT, '../shared/eval/dev'), 'dev'),
  ];
}
