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
  /** `train` digests calibrate the weights; `dev` ones only measure (real news we must not tune to). */
  set: 'train' | 'dev';
  path: string;
  text: string;
  gold: GoldStructure;
}

const ROOT = new URL('../../', import.meta.url).pathname;

function fromFolder(folder: string, set: LabelledDigest['set']): LabelledDigest[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt') && existsSync(join(folder, f.replace(/\.txt$/, '.gold.json'))))
    .sort()
    .map((f) => load(join(folder, f), join(folder, f.replace(/\.txt$/, '.gold.json')), set));
}

function load(path: string, goldPath: string, set: LabelledDigest['set']): LabelledDigest {
  return {
    name: basename(path, '.txt'),
    set,
    path,
    text: readFileSync(path, 'utf8'),
    gold: JSON.parse(readFileSync(goldPath, 'utf8')) as GoldStructure,
  };
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
    ...seed,
    ...fromFolder(join(ROOT, '../shared/eval/dev'), 'dev'),
  ];
}
