/** True when every word of `query` occurs in the headline or first sentence (case and accents ignored). */
export function matchesHeadline(story: { title: string; firstSentence: string }, query: string): boolean {
  const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
  const haystack = fold(`${story.title} ${story.firstSentence}`);
  return fold(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
