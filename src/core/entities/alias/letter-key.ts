import { translitKey } from './translit-key.ts';
import { CUES } from '../rules/cue-sets.ts';
import { remembered } from '../remembered.ts';

/**
 * Letters of a name without generic facility words: "Azov Stable plant" → "azovstable". Remembered: asked for each
 * candidate up to three times (votes, voted type, group).
 */
export const letterKey = remembered((name: string): string =>
  translitKey(
    name
      .split(/\s+/)
      .filter((w) => !CUES.facilities.has(w.toLowerCase()))
      .join(''),
  ),
);
