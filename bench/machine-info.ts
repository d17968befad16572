import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, type as osType, release } from 'node:os';
import { resolve } from 'node:path';

/** The versions and hardware a benchmark ran on, for the results header. */
export function machineInfo(root: string): string[] {
  const cpu = cpus();
  const version = (name: string): string => {
    try {
      const json: unknown = JSON.parse(
        readFileSync(resolve(root, 'node_modules', name, 'package.json'), 'utf8'),
      );
      return typeof json === 'object' && json !== null && 'version' in json ? String(json.version) : '?';
    } catch {
      return '?';
    }
  };
  return [
    `- Date: ${new Date().toISOString()}`,
    `- CPU: ${cpu[0]?.model.trim() ?? 'unknown'} × ${cpu.length}`,
    `- Memory: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${osType()} ${release()}`,
    // Other work on the machine slows every figure; the load says how much to trust them.
    `- Load average (1, 5, 15 min) when written: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(', ')}`,
    `- Node ${process.versions.node}; ${['vite', 'rolldown', 'react', 'typescript', 'tsx', 'compromise']
      .map((name) => `${name} ${version(name)}`)
      .join(', ')}`,
  ];
}
