import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/core/parse/parse-document.ts';
import { decodeText } from '../../../src/core/text/decode-text.ts';

// Golden pairs: tests/fixtures/parse/<case>.txt → <case>.json (the ParsedDocument).
// Regenerate on purpose with `UPDATE=1 npx vitest run tests/core/parse` and review the diff.
const dir = 'tests/fixtures/parse';
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.slice(0, -4))
  .sort();

describe('golden fixtures', () => {
  it('has the seed and digests of our own', () => {
    expect(cases).toEqual(expect.arrayContaining(['seed', 'one-story', 'five-stories', 'same-topic']));
  });

  it.each(cases)('%s', (name) => {
    const source = `${dir}/${name}.txt`;
    const decoded = decodeText(new Uint8Array(readFileSync(source)), source);
    if (!decoded.ok) throw new Error(decoded.error.message);
    const actual = parseDocument(decoded.text, { source });
    const goldenPath = join(dir, `${name}.json`);
    if (process.env.UPDATE === '1') writeFileSync(goldenPath, `${JSON.stringify(actual, null, 2)}\n`);
    // a missing golden is a failure, not a pass: it is written only on purpose, and then reviewed as a diff
    if (!existsSync(goldenPath))
      throw new Error(`${goldenPath} is missing: write it with UPDATE=1 npx vitest run tests/core/parse`);
    // Compared as data, so reformatting the JSON does not matter; any change in the reading does.
    const golden: unknown = JSON.parse(readFileSync(goldenPath, 'utf8'));
    expect(actual).toEqual(golden);
  });
});
