import { LINK_LIST_HEADERS } from './lexicon/boilerplate.ts';

const HEADERS = new Set(LINK_LIST_HEADERS);

/**
 * Whether a line heads a list of links to other articles: "Related stories", "Most read:", "» Read also". Only the
 * whole line: "Related stories appeared in the press" is a sentence, "Read also: Ports strike ends" a link itself.
 */
export function isLinkListHeader(line: string): boolean {
  const bare = line
    .toLowerCase()
    .replace(/^[\s|»>›•\-–—]+/u, '')
    .replace(/[\s.:!…|»>›\-–—]+$/u, '')
    .replace(/\s+/g, ' ');
  return HEADERS.has(bare);
}
