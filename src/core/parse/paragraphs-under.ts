import type { Unit } from './03-group-blocks.ts';

/** For each unit, the paragraphs that follow it before the next unit that is not a paragraph. */
export function paragraphsUnder(units: readonly Unit[]): number[] {
  const counts = new Array<number>(units.length).fill(0);
  let run = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    counts[i] = run;
    run = units[i]?.kind === 'paragraph' ? run + 1 : 0;
  }
  return counts;
}
