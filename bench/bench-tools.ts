import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Tools the bench compares against, kept out of package.json so the app's dependencies stay lean.
 * Lighthouse 13 needs Node 22; 12 runs on Node ≥ 18.16.
 */
export const BENCH_TOOLS = { lighthouse: '12.8.2', vitepress: '1.6.4' } as const;

/** Installs the comparison tools into `<work>/tools` on first run (cached after) and returns that folder. */
export function ensureBenchTools(work: string, log: (message: string) => void): string {
  const prefix = join(work, 'tools');
  const missing = Object.entries(BENCH_TOOLS).filter(
    ([name, version]) => toolVersion(prefix, name) !== version,
  );
  if (missing.length === 0) return prefix;
  mkdirSync(prefix, { recursive: true });
  const specs = Object.entries(BENCH_TOOLS).map(([name, version]) => `${name}@${version}`);
  log(`installing ${specs.join(', ')} into ${prefix} (first run only)`);
  execFileSync(
    'npm',
    ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel', 'error', ...specs],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  return prefix;
}

/** The installed version of a tool under `prefix`, or null. */
export function toolVersion(prefix: string, name: string): string | null {
  const file = join(prefix, 'node_modules', name, 'package.json');
  if (!existsSync(file)) return null;
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return typeof json === 'object' && json !== null && 'version' in json ? String(json.version) : null;
}
