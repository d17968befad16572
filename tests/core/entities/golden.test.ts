import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../../src/core/schema.ts';
import { parseDocument } from '../../../src/core/parse/parse-document.ts';
import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';

// Golden mentions of whole digests: tests/fixtures/digests/<case>.txt → tests/core/entities/golden/<case>.json, one
// line per mention with the rule that made it, so a highlight that moves or changes its rule shows as a diff.
// Regenerate on purpose with `UPDATE=1 npx vitest run tests/core/entities/golden.test.ts` and review the diff.
const root = resolve(import.meta.dirname, '../../..');
const digests = join(root, 'tests/fixtures/digests');
const goldens = join(root, 'tests/core/entities/golden');
// every fixture digest with a reading: a fixture added without its golden fails until one is written and reviewed
const cases = readdirSync(digests)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -'.txt'.length));

/** "line 5: “Lula” → person Luiz Inacio Lula da Silva (alias:surname)" for each mention, in reading order. */
function mentionLines(corpus: Corpus): string[] {
  const byId = new Map(corpus.entities.map((e) => [e.id, e]));
  const out: string[] = [];
  const add = (
    line: number,
    text: string,
    ms: Corpus['documents'][number]['stories'][number]['titleMentions'],
  ) => {
    for (const m of ms) {
      const e = byId.get(m.entityId);
      out.push(
        `line ${line}: “${text.slice(m.start, m.end)}” → ${e?.type ?? '?'} ${e?.name ?? '?'} (${m.rule})`,
      );
    }
  };
  for (const d of corpus.documents)
    for (const s of d.stories) {
      add(s.line, s.title, s.titleMentions);
      for (const sec of s.sections) {
        add(sec.line, sec.heading ?? '', sec.headingMentions);
        for (const p of sec.paragraphs) add(p.line, p.text, p.mentions);
      }
    }
  return out;
}

describe('golden mentions', () => {
  it.each(cases)('%s', (name) => {
    const source = join(digests, `${name}.txt`);
    const actual = mentionLines(annotateCorpus([parseDocument(readFileSync(source, 'utf8'), { source })]));
    const goldenPath = join(goldens, `${name}.json`);
    if (process.env.UPDATE === '1') writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    // a missing golden fails: it is written on purpose, with UPDATE=1, and reviewed
    expect(existsSync(goldenPath), `${goldenPath} is missing: run with UPDATE=1 and review it`).toBe(true);
    const golden: unknown = JSON.parse(readFileSync(goldenPath, 'utf8'));
    expect(actual).toEqual(golden);
  });
});
