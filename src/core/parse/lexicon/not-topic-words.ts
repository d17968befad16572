/**
 * Capitalized words that do not tell one story from another: calendar words, titles and pronouns that every story
 * may use mid-sentence ("on Monday", "President …", "I"). Data only: used by `topic-names.ts`. Lowercase.
 */
export const NOT_TOPIC_WORDS: readonly string[] = [
  'i',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'mr',
  'mrs',
  'ms',
  'dr',
  'president',
  'minister',
  'prime',
  'the',
];
