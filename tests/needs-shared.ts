import { existsSync } from 'node:fs';
import { it } from 'vitest';

/**
 * Whether `file` of `../shared` (the expert readings beside the clone, kept outside the project) is there for
 * `suite`. When it is not, says so on stderr where a test run cannot hide it, and under CI adds a failing test:
 * CI always has `../shared`, so a missing one there is a broken checkout, not a reason to skip. Call it at the top
 * level of a test file, and `describe.skipIf(!needsShared(...))`.
 *
 * @param file absolute path of the file the suite reads
 * @param suite what is not checked without it
 */
export function needsShared(file: string, suite: string): boolean {
  if (existsSync(file)) return true;
  const message = `${suite}: ${file} is missing, so this is NOT checked. Put the shared folder (eval/) beside the clone.`;
  console.error(`\n!!! ${message}\n`);
  if (isCi(process.env.CI)) {
    it(`${suite}: ../shared is there (CI)`, () => {
      throw new Error(`${message} Under CI a missing ../shared fails rather than skips.`);
    });
  }
  return false;
}

function isCi(value: string | undefined): boolean {
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}
