import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** One digest with a reference reading. */
export interface EvalDigest {
  name: string;
  txt: string;
  gold: string;
}

/** A named set of digests that `npm run eval` scores and reports as one table. */
export interface EvalSet {
  name: string;
  about: string;
  digests: EvalDigest[];
}

function goldFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => join(dir, f));
}

/** The digest a gold reading belongs to: its own `.txt` beside it, else the one its `source` names in `textDirs`. */
function digestOf(gold: string, textDirs: readonly string[]): EvalDigest | null {
  const stem = basename(gold, '.gold.json');
  const beside = gold.replace(/\.gold\.json$/, '.txt');
  if (existsSync(beside)) return { name: stem, txt: beside, gold };
  let source = `${stem}.txt`;
  try {
    const parsed: unknown = JSON.parse(readFileSync(gold, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'source' in parsed &&
      typeof parsed.source === 'string'
    )
      source = basename(parsed.source);
  } catch {
    return null;
  }
  for (const dir of textDirs) {
    const txt = join(dir, source);
    if (existsSync(txt)) return { name: stem, txt, gold };
  }
  return null;
}

/**
 * Every reference reading the project can find: the seed's (`../shared/eval/*.gold.json`, its text in `seeds/`),
 * the development set of real news (`../shared/eval/dev/`) the fixtures written here (`tests/fixtures/digests/`) the held-out wire copy (`tests/fixtures/entities-heldout/`) and digests built from GUM's other genres (`tests/fixtures/gum-heldout/`).
 * A set with no digest is left out, so a clone without `../shared` still scores its fixtures.
 */
export function findEvalSets(root: string): EvalSet[] {
  const shared = join(root, '..', 'shared', 'eval');
  const sets: EvalSet[] = [
    {
      name: 'seed',
      about: 'the seed digest (`seeds/`), read against `../shared/eval/*.gold.json`',
      digests: goldFiles(shared).flatMap((g) => digestOf(g, [join(root, 'seeds')]) ?? []),
    },
    {
      name: 'dev',
      about: 'real Wikinews stories nobody here wrote, with an expert reading (`../shared/eval/dev/`, CC BY)',
      digests: goldFiles(join(shared, 'dev')).flatMap((g) => digestOf(g, []) ?? []),
    },
    {
      name: 'fixtures',
      about:
        'digests written in this repository (`tests/fixtures/digests/`): fixtures, not evidence of generality',
      digests: goldFiles(join(root, 'tests', 'fixtures', 'digests')).flatMap((g) => digestOf(g, []) ?? []),
    },
    {
      name: 'heldout',
      about:
        'wire copy written here with its reading BEFORE the extractor was run on it (`tests/fixtures/entities-heldout/`): a rule made for one of its names spends it, so write a new one each round',
      digests: goldFiles(join(root, 'tests', 'fixtures', 'entities-heldout')).flatMap(
        (g) => digestOf(g, []) ?? [],
      ),
    },
    {
      name: 'gum',
      about:
        'GUM corpus documents of other genres than news (annotation CC BY 4.0, texts as its README lists), three to a digest, with an approximate reading built by program from its annotation (`tests/fixtures/gum-heldout/`): 01–03 are read to find misses, 04–06 (speeches and textbooks, genres the name model never saw) are never looked at',
      digests: goldFiles(join(root, 'tests', 'fixtures', 'gum-heldout')).flatMap(
        (g) => digestOf(g, []) ?? [],
      ),
    },
  ];
  return sets.filter((s) => s.digests.length > 0);
}
