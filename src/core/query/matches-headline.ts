import { foldText } from '../text/fold-text.ts';

/** True when every word of `query` occurs in the headline or first sentence (case and accents ignored). */
export function matchesHeadline(story: { title: string; firstSentence: string }, query: string): boolean {
  const haystack = foldText(`${story.title} ${story.firstSentence}`);
  return foldText(query)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
