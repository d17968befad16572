import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../../../src/core/entities/candidate.ts';
import { votedType } from '../../../../src/core/entities/alias/voted-type.ts';

const cand = (name: string, type: Candidate['type'], rule: string, known = false): Candidate => ({
  ...{ name, type, rule, known, start: 0, end: name.length, first: 0, last: 1, priority: 1 },
  ...{ coordinates: null, demonyms: [], value: null },
});

describe('votedType: one unknown name read two ways takes the better-attested type', () => {
  it.each<[string, Candidate[], Candidate, string]>([
    [
      'a company read once by a cue word and once as a facility',
      [cand('VinFast', 'place', 'cue:facility'), cand('VinFast', 'organization', 'context:apposition')],
      cand('VinFast', 'place', 'cue:facility'),
      'organization',
    ],
    [
      'facility words do not count in the name: "Azovstal plant" and "Azovstal"',
      [cand('Azovstal plant', 'place', 'cue:facility'), cand('Azovstal', 'organization', 'context:known-as')],
      cand('Azovstal', 'organization', 'context:known-as'),
      'place',
    ],
    [
      // must not fire: a tie keeps the first type counted
      'a tie',
      [cand('Kamanga', 'place', 'context:in-x'), cand('Kamanga', 'organization', 'cue:acronym')],
      cand('Kamanga', 'organization', 'cue:acronym'),
      'place',
    ],
    [
      // must not fire: a person keeps its type
      'a person',
      [
        cand('Kessler', 'organization', 'context:reported'),
        cand('Kessler', 'organization', 'context:reported'),
      ],
      cand('Kessler', 'person', 'context:title'),
      'person',
    ],
    [
      // must not fire: a gazetteer name does not vote
      'known names do not vote',
      [
        cand('Jordan', 'place', 'gazetteer:country', true),
        cand('Jordan', 'organization', 'context:reported'),
      ],
      cand('Jordan', 'place', 'context:in-x'),
      'organization',
    ],
  ])('%s', (_label, all, c, expected) => expect(votedType([all])(c)).toBe(expected));
});
