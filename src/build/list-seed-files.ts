import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** Absolute paths of every `.txt` file under a folder, at any depth, sorted; throws when the folder is unreadable. */
export async function listSeedFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.txt'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
