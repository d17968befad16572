/** Compares a parsed document's structure with a reference reading, as `../shared/eval/score.mjs` does. */
import type { ParsedDocument } from '../../src/core/schema.ts';
import type { GoldStructure } from './labelled-digests.ts';

const norm = (s: string | null): string =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u00ab\u00bb"]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** The differences, one line each (empty when the structure is exact). */
export function compareStructure(doc: ParsedDocument, gold: GoldStructure): string[] {
  const got: string[] = [];
  const want: string[] = [];
  for (const s of doc.stories) {
    got.push(`story ${s.line} ${norm(s.title)}`);
    for (const sec of s.sections) {
      if (sec.heading !== null) got.push(`  section ${sec.line} ${norm(sec.heading)}`);
      for (const p of sec.paragraphs) {
        if (!gold.boilerplate.some((b) => norm(b) === norm(p.text))) got.push(`    p ${p.line}`);
        else got.push(`    boilerplate left ${p.line}`);
      }
    }
  }
  for (const s of gold.stories) {
    want.push(`story ${s.line} ${norm(s.title)}`);
    for (const sec of s.sections) {
      if (sec.heading !== null) want.push(`  section ${sec.line} ${norm(sec.heading)}`);
      for (const p of sec.paragraphs) want.push(`    p ${p}`);
    }
  }
  const g = new Set(got);
  const w = new Set(want);
  return [
    ...want.filter((x) => !g.has(x)).map((x) => `missing ${x.trim()}`),
    ...got.filter((x) => !w.has(x)).map((x) => `extra   ${x.trim()}`),
  ];
}
