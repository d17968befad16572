import { remembered } from '../remembered.ts';

const UPPER_START = /^\p{Lu}/u;

/**
 * Initials of a name's capitalized words: "European Union" → "EU", "Economic Community of West African States" →
 * "ECWAS", "Korean People's Army" → "KPA". Remembered: every document asks for those of all its names.
 */
export const initials = remembered((name: string): string =>
  name
    .split(/[\s-]+/)
    .filter((w) => UPPER_START.test(w))
    .map((w) => w.charAt(0))
    .join(''),
);
