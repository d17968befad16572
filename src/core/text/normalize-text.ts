/**
 * Line endings ("\r\n", lone "\r"), spaces a reader cannot tell from a plain space (no-break U+00A0, U+1680,
 * en/em/thin U+2000–U+200A, narrow no-break U+202F, U+205F, ideographic U+3000), and characters that are invisible
 * noise (zero-width space U+200B, BOM/zero-width no-break U+FEFF, NUL). One pass, no backtracking.
 */
const ODD = /\r\n?|[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]|[\u200b\ufeff\0]/g;

function replacement(match: string): string {
  if (match.charCodeAt(0) === 13) return '\n';
  return match === '\u200b' || match === '\ufeff' || match === '\0' ? '' : ' ';
}

/**
 * Normalizes a digest's text: BOM and zero-width characters removed, every line break "\n" (CR, LF and CRLF each
 * one break, so line numbers stay those of the source), odd spaces plain, Unicode NFC. Idempotent. Everything else
 * is kept as written (curly quotes, "€ 40m", tabs), so offsets and citations stay faithful.
 */
export function normalizeText(text: string): string {
  // Removal before NFC: "e\u200B\u0301" must become "é" now, not on a second pass.
  return text.replace(ODD, replacement).normalize('NFC');
}
