import { readFile } from 'node:fs/promises';
import type { Correction } from '../core/corrections/correction.ts';
import { parseCorrections } from '../core/corrections/parse-corrections.ts';
import { formatDiagnostic } from './format-diagnostic.ts';

/** The file name, in the seeds folder, of the corrections the build applies to everyone. */
export const CORRECTIONS_FILE = 'corrections.json';

/**
 * Reads `seeds/corrections.json` (a reader's exported corrections): none when the file is missing; an Error
 * whose message is `seeds/corrections.json:LINE: reason` (or without the line) when it is malformed.
 */
export async function readCorrectionsFile(path: string, source: string): Promise<Correction[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new Error(`${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const result = parseCorrections(text.replace(/^\uFEFF/, ''));
  if (result.ok) return result.corrections;
  throw new Error(
    formatDiagnostic({ file: source, line: result.line, message: result.message, severity: 'error' }),
  );
}
