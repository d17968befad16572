import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/parse/parse-document.ts';
import { needsShared } from '../../needs-shared.ts';

// The reference reading of the seed, kept outside the project (../shared/eval). Only its structure is checked here.
const root = resolve(import.meta.dirname, '../../..');
const goldPath = resolve(root, '../shared/eval/000_afe5c047c713dffb.gold.json');

interface GoldStructure {
  boilerplate: string[];
  stories: {
    title: string;
    line: number;
    sections: { heading: string | null; line: number; paragraphs: number[] }[];
  }[];
}

function isGold(x: unknown): x is GoldStructure {
  return (
    typeof x === 'object' && x !== null && 'stories' in x && Array.isArray(x.stories) && 'boilerplate' in x
  );
}

const suite = 'the seed against its reference reading';
describe.skipIf(!needsShared(goldPath, suite))(suite, () => {
  it('finds exactly the stories, sections, paragraphs and boilerplate of the reference', () => {
    const gold: unknown = JSON.parse(readFileSync(goldPath, 'utf8'));
    if (!isGold(gold)) throw new Error('unexpected gold file shape');
    const doc = parseDocument(readFileSync(resolve(root, 'seeds/000_afe5c047c713dffb.txt'), 'utf8'), {
      source: 'seeds/000_afe5c047c713dffb.txt',
    });
    const reading = doc.stories.map((s) => ({
      title: s.title,
      line: s.line,
      sections: s.sections.map((c) => ({
        heading: c.heading,
        line: c.line,
        paragraphs: c.paragraphs.map((p) => p.line),
      })),
    }));
    expect(reading).toEqual(
      gold.stories.map((s) => ({ title: s.title, line: s.line, sections: s.sections })),
    );
    expect(doc.boilerplate.map((b) => b.text)).toEqual(gold.boilerplate);
  });
});
