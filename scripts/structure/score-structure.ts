/**
 * Prints EXACT or DIFFERS for the structure of every labelled digest, with what differs (parse only, no entities:
 * seconds, not minutes). `npx tsx scripts/structure/score-structure.ts [--quiet]`.
 */
import { parseDocument } from '../../src/core/parse/parse-document.ts';
import { compareStructure } from './compare-structure.ts';
import { labelledDigests } from './labelled-digests.ts';

const quiet = process.argv.includes('--quiet');
const tally = new Map<string, [number, number]>();
for (const digest of labelledDigests()) {
  const diff = compareStructure(parseDocument(digest.text, { source: digest.path }), digest.gold);
  const [exact, total] = tally.get(digest.set) ?? [0, 0];
  tally.set(digest.set, [exact + (diff.length === 0 ? 1 : 0), total + 1]);
  console.log(`${diff.length === 0 ? 'EXACT  ' : 'DIFFERS'} ${digest.set} ${digest.name}`);
  if (!quiet) for (const line of diff) console.log(`        ${line}`);
}
for (const [set, [exact, total]] of tally) console.log(`${set}: ${exact}/${total} exact`);
