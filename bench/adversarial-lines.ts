/**
 * Long lines built to make a backtracking regular expression or a nested loop blow up: runs of one shape that a
 * rule keeps almost matching. Shared by `tests/core/robustness/linear-time.test.ts` and `bench/adversarial-bench.ts`.
 */
export const ADVERSARIAL_LINES: readonly { name: string; unit: string }[] = [
  { name: 'capitalized words', unit: 'Alpha Beta Gamma Delta ' },
  { name: 'spaces', unit: ' ' },
  { name: 'tabs and no-break spaces', unit: '\t\u00a0' },
  { name: 'colons', unit: ':' },
  { name: 'opening brackets', unit: '(' },
  { name: 'digits and commas', unit: '1,234,' },
  { name: 'digits and dots', unit: '1.2.' },
  { name: 'quotes', unit: '"“\'‘' },
  { name: 'full stops', unit: '.' },
  { name: 'abbreviations', unit: 'Mr. ' },
  { name: 'initials', unit: 'J. ' },
  { name: 'exclamations', unit: 'a!' },
  { name: 'dashes', unit: '- ' },
  { name: 'hashes', unit: '#' },
  { name: 'apostrophes', unit: "O'" },
  { name: 'dotted capitals', unit: 'U.S.' },
  { name: 'connectors', unit: 'The Of The ' },
  { name: 'money', unit: '$1 $1 ' },
  { name: 'places and commas', unit: 'Paris, ' },
  { name: 'coordinated names', unit: 'Kyiv and ' },
  { name: 'hyphenated prefixes', unit: 'Al-' },
  { name: 'dates', unit: '24 February ' },
  { name: 'bidi controls', unit: '\u202e\u2066a\u2069' },
  { name: 'zero-width', unit: 'a\u200b\u200d' },
];

/** `unit` repeated to about `chars` characters. */
export function adversarialLine(unit: string, chars: number): string {
  return unit.repeat(Math.max(1, Math.ceil(chars / unit.length)));
}
