import furniture from './boilerplate.json' with { type: 'json' };

/**
 * Page furniture that web pages wrap around a news story and that copy-paste carries into a digest. The lists are
 * data (`boilerplate.json`); matching is `is-boilerplate.ts`, `is-byline.ts` and `is-link-list-header.ts`.
 * Written lowercase, without trailing punctuation, "…" or ":".
 */

/** Lines that are boilerplate when they are the whole line ("Leave a Comment", "Related articles"). */
export const BOILERPLATE_LINES: readonly string[] = furniture.lines;

/** Names on share buttons: a line made only of these ("Facebook Twitter WhatsApp Email") is a row of buttons. */
export const SHARE_BUTTONS: readonly string[] = furniture.shareButtons;

/**
 * Of the prefixes, those that mark a line as furniture even when it is long: notices ("We use cookies to ensure
 * …"). Other prefixes only mark a short line, so "Read also the report of the commission, which found …" stays text.
 */
export const NOTICE_PREFIXES: readonly string[] = furniture.noticePrefixes;

/**
 * Line starts that make a short line boilerplate: "Read also: Russia warns …", "Click here to subscribe",
 * "We use cookies to …" (the notices are prefixes too). Those ending in ":" only match with the colon, so
 * "Related talks ended." stays text.
 */
export const BOILERPLATE_PREFIXES: readonly string[] = [...NOTICE_PREFIXES, ...furniture.prefixes];

/**
 * Words a byline or credit line opens with, followed by names only: "By Marta Oliveira", "(Reporting by Ana Lima;
 * Editing by Tom Hale)", "Par Claire Dubois". Lowercase; matching is `is-byline.ts`.
 */
export const BYLINE_OPENERS: readonly string[] = furniture.bylineOpeners;

/**
 * Whole-line headers of a list of links to other articles: the short lines right under one ("Related stories\nPorts
 * strike ends …") are links, not headlines. Lowercase, as in `BOILERPLATE_LINES`.
 */
export const LINK_LIST_HEADERS: readonly string[] = furniture.linkListHeaders;
