const ENGLISH = new Intl.PluralRules('en');

/** The noun that goes with `count` by English plural rules: ("story", "stories") → "story" for 1, else "stories". */
export function pluralWord(count: number, one: string, other: string): string {
  return ENGLISH.select(count) === 'one' ? one : other;
}

/** A count with its noun, the count grouped as English writes it: "1 mention", "0 stories", "1,204 paragraphs". */
export function plural(count: number, one: string, other: string): string {
  return `${count.toLocaleString('en')} ${pluralWord(count, one, other)}`;
}
