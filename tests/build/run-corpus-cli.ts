import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

/** The project root, where the CLI runs from. */
export const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** What one CLI run gave: exit code (-1 when it could not run), stdout and stderr. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI as `npm run corpus` does (tsx on the source), from the project root. */
export function runCorpusCli(...args: string[]): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      TSX,
      ['src/build/corpus-cli.ts', ...args],
      { cwd: ROOT, maxBuffer: 512 << 20 }, // the hostile 5 MB-line and 50 MB outputs
      (err, stdout, stderr) => {
        const code = err && typeof err.code === 'number' ? err.code : err ? -1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
