import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Every source file the app is built from. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|html)$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

/** Ways to turn a string into markup or code; corpus text and URL values must never reach one. */
const SINKS = [
  /dangerouslySetInnerHTML/,
  /\.innerHTML\b/,
  /\.outerHTML\b/,
  /insertAdjacentHTML/,
  /document\.write/,
  /\beval\s*\(/,
  /new\s+Function\s*\(/,
  /createContextualFragment/,
  /setTimeout\(\s*['"`]/,
  /<script>(?!\s*<\/script>)/, // an inline script in index.html
];

describe('no HTML or code sinks in the app', () => {
  it('src/ and index.html set no innerHTML, write no document, eval nothing', () => {
    const files = [...sourceFiles(join(ROOT, 'src')), join(ROOT, 'index.html')];
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          SINKS.some((sink) => sink.test(line)) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });
});
