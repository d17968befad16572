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
  if (text === '') return [];
  const raw = text.split('\n');
  if (raw.length > 1 && raw[raw.length - 1] === '') raw.pop();
  return raw.map((line, i) => ({ line: i + 1, text: line.trim() }));
}
