/** One source line. */
export interface SourceLine {
  /** 1-based line number. */
  line: number;
  /** The line trimmed of surrounding whitespace. */
  text: string;
}

/**
 * Splits normalized text (line breaks already "\n") into lines numbered from 1. A final line break ends the last
 * line rather than starting an empty one, as editors count: "a\nb\n" has 2 lines, "" has none.
 */
export function splitLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = 0;
  while (start < text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    lines.push({ line: lines.length + 1, text: text.slice(start, stop).trim() });
    start = stop + 1;
  }
  return lines;
}
