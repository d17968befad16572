import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/**
 * Writes the large hostile digests of the README's "Bad input" table into a folder, to try through the CLI
 * (`npm run corpus -- FOLDER/FILE`) and the build (`DIGEST_SEEDS=FOLDER npx vite build`):
 * `npx tsx scripts/hostile/write-large-seeds.ts FOLDER`.
 */
const SEEDS: Record<string, () => string> = {
  // one story of 100,000 sections `same-heading`, `same-heading-2` …
  'same-headings.txt': () => 'Same heading\n\n'.repeat(100_000),
  // 100,000 stories in one digest (the build's slices of `/` run out of memory on it: see the README)
  'same-headlines.txt': () => '# Same heading\n\n'.repeat(100_000),
  'one-mb-heading.txt': () => `# ${'Word '.repeat(200_000)}\n\nA paragraph.\n`,
  'zalgo.txt': () =>
    Array.from({ length: 100 }, (_, i) => `Line ${i} a${'\u0301'.repeat(10_000)}`).join('\n\n') + '\n',
  'million-lines.txt': () =>
    Array.from({ length: 1_000_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('\n') + '\n',
};

const folder = process.argv[2];
if (!folder) throw new Error('usage: write-large-seeds.ts FOLDER [NAME …]');
const names = process.argv.length > 3 ? process.argv.slice(3) : Object.keys(SEEDS);
await mkdir(resolve(folder), { recursive: true });
for (const name of names) {
  const make = SEEDS[name];
  if (!make) throw new Error(`${name}: not one of ${Object.keys(SEEDS).join(', ')}`);
  await writeFile(join(resolve(folder), name), make());
  console.log(join(folder, name));
}
