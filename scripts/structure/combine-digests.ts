/**
 * Joins labelled digests into one, as a weekly digest strings stories together: the text with `separator` between
 * them and the reference reading with its lines shifted. More stories from the same labelled text, so the model sees
 * story boundaries as well as sections.
 */
import type { GoldStructure } from './labelled-digests.ts';

export interface Labelled {
  text: string;
  gold: GoldStructure;
}

export function combineDigests(parts: readonly Labelled[], separator: string): Labelled {
  let text = '';
  const gold: GoldStructure = { stories: [], boilerplate: [] };
  for (const part of parts) {
    const body = part.text.replace(/\s+$/u, '');
    if (text) text += separator;
    const offset = text === '' ? 0 : text.split('\n').length - 1;
    text += body;
    for (const s of part.gold.stories) {
      gold.stories.push({
        title: s.title,
        line: s.line + offset,
        sections: s.sections.map((sec) => ({
          heading: sec.heading,
          line: sec.line + offset,
          paragraphs: sec.paragraphs.map((p) => p + offset),
        })),
      });
    }
    gold.boilerplate.push(...part.gold.boilerplate);
  }
  return { text: `${text}\n`, gold };
}
