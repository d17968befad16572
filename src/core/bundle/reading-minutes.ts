/** Words an adult reads per minute in running news prose (the usual 200–260 range, middle value). */
export const WORDS_PER_MINUTE = 230;

/** Estimated minutes to read `wordCount` words, rounded, at least 1 so a list never says "0 min". */
export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
