import { FILE_KINDS } from './fetched-files.ts';
import type { Fetched, FileKind } from './fetched-files.ts';

/** How much a first load at a large scale outgrows the same route's at a small one. */
export interface Growth {
  /** False when the large total is within 2× of the small one, or within `SLACK_BYTES` of it. */
  grows: boolean;
  ratio: number;
  extraBytes: number;
  /** The kind of file that grew the most, and by how many bytes. */
  kind: FileKind;
  kindExtraBytes: number;
}

/** A first load 40 KB heavier is noise next to the page itself (a bigger list page, longer facet lists). */
export const SLACK_BYTES = 40 * 1024;

/** Compares the first load of one route at a small scale (`small`) with the same route at a large one. */
export function firstLoadGrowth(small: Fetched, large: Fetched): Growth {
  const extraBytes = large.total - small.total;
  const ratio = small.total > 0 ? large.total / small.total : Infinity;
  let kind: FileKind = 'json';
  let kindExtraBytes = -Infinity;
  for (const k of FILE_KINDS) {
    const extra = large.bytes[k] - small.bytes[k];
    if (extra > kindExtraBytes) [kind, kindExtraBytes] = [k, extra];
  }
  return { grows: !(ratio <= 2 || extraBytes <= SLACK_BYTES), ratio, extraBytes, kind, kindExtraBytes };
}
