/** English prepositions that follow the head noun of a noun phrase: "the role of …", "fires in …". Lowercase. */
export const PREPOSITIONS: readonly string[] = [
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'to',
  'under',
  'over',
  'between',
  'against',
  'after',
  'before',
  'without',
  'within',
  'behind',
  'beyond',
  'amid',
  'about',
  'across',
  'around',
  'toward',
  'towards',
  'during',
  'inside',
  'outside',
  'near',
];

/** Articles that may open a noun phrase. Lowercase. */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];
