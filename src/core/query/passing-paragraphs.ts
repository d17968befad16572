import type { CompiledFilter } from './compile-filter.ts';
import type { EntityPostings } from './entity-postings.ts';

/** The paragraph numbers in both ascending lists. */
function intersect(a: Int32Array, b: Int32Array): Int32Array {
  const out = new Int32Array(Math.min(a.length, b.length));
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      out[n++] = x;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return out.subarray(0, n);
}

/**
 * Which paragraphs pass the filter, as a flag (1 or 0) per paragraph number: the same answer as
 * `paragraphPasses` on each paragraph's set, from the postings of the filter's few entities only.
 */
export function passingParagraphs(postings: EntityPostings, filter: CompiledFilter): Uint8Array {
  const passing = new Uint8Array(postings.paragraphCount);
  const lists = filter.include.map((e) => postings.postings[e] ?? new Int32Array(0));
  if (lists.length === 0) passing.fill(1);
  else if (filter.match === 'any') {
    for (const list of lists) for (const p of list) passing[p] = 1;
  } else {
    // all: start from the rarest entity, so the running intersection is small from the first step
    const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
    let common = first ?? new Int32Array(0);
    for (const list of rest) common = intersect(common, list);
    for (const p of common) passing[p] = 1;
  }
  for (const e of filter.exclude) for (const p of postings.postings[e] ?? []) passing[p] = 0;
  return passing;
}
