/**
 * The 1-based line that byte (or character) `offset` is on, counting line breaks the way an editor does:
 * CR, LF and CRLF each end one line. Works on bytes and on UTF-16 code units alike (both store CR and LF as 13, 10).
 */
export function lineAtOffset(units: ArrayLike<number>, offset: number): number {
  let line = 1;
  const end = Math.min(offset, units.length);
  for (let i = 0; i < end; i++) {
    const u = units[i];
    if (u === 10) line++;
    else if (u === 13 && units[i + 1] !== 10) line++;
  }
  return line;
}
