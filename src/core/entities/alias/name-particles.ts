import particles from '../lexicon/name-particles.json' with { type: 'json' };

/** The name particles of `lexicon/name-particles.json`, one set per use, read by every rule that meets them. */
export const NAME_PARTICLES = {
  /** Particles a surname starts with: "Le Drian", "al-Jabari", "von der Leyen". */
  surname: new Set<string>(particles.surname),
  /** Particles joined by a hyphen that may start a name in lower case: "with al-Burhan". */
  hyphenStart: new Set<string>(particles.hyphenStart),
  /** Lower-case words a name may cross: "Ursula von der Leyen", "Bank of Korea". */
  connectors: new Set<string>(particles.connectors),
} as const;
