import { NAME_PARTICLES } from './name-particles.ts';

/**
 * The surname of a full name, with its particles: "Jean-Yves Le Drian" → "Le Drian", "Ursula von der Leyen" →
 * "von der Leyen". A hyphened particle stays on its word: "Tayseer al-Jabari" → "al-Jabari", as the text writes it
 * ("Al-Jabari was killed").
 */
export function surnameOf(full: string): string {
  const words = full.split(/\s+/);
  let i = words.length - 1;
  while (i > 1 && NAME_PARTICLES.surname.has((words[i - 1] ?? '').toLowerCase())) i--;
  return words.slice(i).join(' ');
}
