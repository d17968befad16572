/**
 * Marks a page draws rows with: "* * *", "———", "───", "= = =", "• • •", "~~~", "…". Not "#" (an empty outline
 * marker is text the writer typed), nor symbols and emoji ("★", "🔥🔥🔥", "§"), which can be a headline.
 */
const DIVIDER = /^[\s*\-_=~.·•+/\\|<>…\p{Pd}\u2500-\u259f]+$/u;

/** Whether a trimmed, non-empty line is only a divider row, with no letter, digit, symbol or emoji to read. */
export function isDivider(line: string): boolean {
  return DIVIDER.test(line);
}
