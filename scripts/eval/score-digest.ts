import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../../src/core/build-corpus.ts';
import type { EvalDigest } from './eval-sets.ts';

/** Precision, recall and F1 with their counts, as the scorer prints them. */
export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  f1: number;
}

/** What `npm run eval` keeps of the scorer's `--json` for one digest. */
export interface DigestScore {
  name: string;
  structureExact: boolean;
  structure: string;
  badMentions: number;
  entities: Prf;
  person: Prf;
  place: Prf;
  organization: Prf;
  links: Prf;
  money: Prf | null;
  dates: Prf | null;
}

const NONE: Prf = { tp: 0, fp: 0, fn: 0, f1: 0 };

function prf(x: unknown): Prf {
  if (typeof x !== 'object' || x === null) return NONE;
  const o = x as Record<string, unknown>;
  const n = (k: string): number => (typeof o[k] === 'number' ? o[k] : 0);
  return { tp: n('tp'), fp: n('fp'), fn: n('fn'), f1: n('f1') };
}

function field(x: unknown, key: string): unknown {
  return typeof x === 'object' && x !== null ? (x as Record<string, unknown>)[key] : undefined;
}

/**
 * Reads one digest as `npm run corpus` does (without corrections: the extractor's own reading) and scores it with
 * the shared scorer. The corpus goes through a file because that is the scorer's interface.
 */
export function scoreDigest(digest: EvalDigest, scorer: string): DigestScore {
  const corpus = buildCorpus([{ source: digest.txt, text: readFileSync(digest.txt, 'utf8') }]);
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  try {
    const path = join(dir, 'corpus.json');
    writeFileSync(path, JSON.stringify(corpus));
    const out = execFileSync(process.execPath, [scorer, path, digest.gold, '--json'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const s: unknown = JSON.parse(out);
    const structure = field(s, 'structure');
    const types = field(s, 'perType');
    const values = field(s, 'values');
    return {
      name: digest.name,
      structureExact: field(structure, 'exact') === true,
      structure: ['stories', 'sections', 'paragraphs']
        .map((k) => String(field(structure, k) ?? '?'))
        .join(' '),
      badMentions: Number(field(field(s, 'integrity'), 'badMentions') ?? 0),
      entities: prf(field(s, 'entities')),
      person: prf(field(types, 'person')),
      place: prf(field(types, 'place')),
      organization: prf(field(types, 'organization')),
      links: prf(field(s, 'links')),
      money: values ? prf(field(values, 'money')) : null,
      dates: values ? prf(field(values, 'dates')) : null,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
