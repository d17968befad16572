import { stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { DigestFile } from '../core/build-corpus.ts';
import type { Correction } from '../core/corrections/correction.ts';
import { formatDiagnostic } from './format-diagnostic.ts';
import { listSeedFiles } from './list-seed-files.ts';
import { CORRECTIONS_FILE, readCorrectionsFile } from './read-corrections-file.ts';
import { readDigestFile } from './read-digest-file.ts';

/** What the CLI's arguments name: the digests read, the corrections to apply, and `FILE:LINE: reason` errors. */
export interface CliInputs {
  files: DigestFile[];
  corrections: Correction[];
  errors: string[];
}

/**
 * Reads the CLI's paths as the build reads its seeds: a file is one digest; a folder is every `.txt` below
 * it ("seeds" → "seeds/000_x.txt", the names the build gives them) and, unless `applyCorrections` is false,
 * its `corrections.json`. Nothing is thrown: every path that cannot be used is an entry in `errors`.
 */
export async function readCliInputs(
  paths: readonly string[],
  { applyCorrections }: { applyCorrections: boolean },
): Promise<CliInputs> {
  const read = await Promise.all(paths.map((path) => readPath(path, applyCorrections)));
  return {
    files: read.flatMap((r) => r.files),
    corrections: read.flatMap((r) => r.corrections),
    errors: read.flatMap((r) => r.errors),
  };
}

async function readPath(path: string, applyCorrections: boolean): Promise<CliInputs> {
  const isFolder = await stat(path).then(
    (s) => s.isDirectory(),
    () => false, // a missing file is reported by readDigestFile, with its reason
  );
  // "seeds/" and "seeds" name their files alike: "seeds/000_x.txt".
  const folder = path.replace(/[\\/]+$/, '') || path;
  let paths = [path];
  if (isFolder) {
    try {
      paths = await listSeedFiles(path);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      return { files: [], corrections: [], errors: [`${folder}: cannot read this folder (${reason})`] };
    }
  }
  const nameOf = (file: string) => (isFolder ? [folder, ...relative(path, file).split(sep)].join('/') : file);
  const results = await Promise.all(paths.map((file) => readDigestFile(file, nameOf(file))));
  const inputs: CliInputs = { files: [], corrections: [], errors: [] };
  for (const result of results) {
    if (result.ok) inputs.files.push(result.file);
    else inputs.errors.push(formatDiagnostic(result.error));
  }
  if (isFolder && paths.length === 0) inputs.errors.push(`${folder}: no .txt digests in this folder`);
  if (isFolder && applyCorrections) {
    try {
      const file = join(path, CORRECTIONS_FILE);
      inputs.corrections = await readCorrectionsFile(file, `${folder}/${CORRECTIONS_FILE}`);
    } catch (error) {
      inputs.errors.push(error instanceof Error ? error.message : String(error));
    }
  }
  return inputs;
}
