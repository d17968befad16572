/** "Spain 2 – 1 Italy", "Spain 2-1 Italy", "Lakers 101:99 Celtics": a name, a score, a name (capitalized both). */
const SCORE = /\p{Lu}\S*\s+\d{1,3}\s*[-–—:]\s*\d{1,3}\s+\p{Lu}/u;

/**
 * Whether a line reads as a match result, which a sports digest lists under one report: "Group B — Spain 2 – 1
 * Italy". Not a date range ("2014 – 2020"), a time ("at 10:30 in Geneva") nor days ("on 12-13 May").
 */
export function isResultLine(line: string): boolean {
  return SCORE.test(line);
}
