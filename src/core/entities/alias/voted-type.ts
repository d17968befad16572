import type { EntityType } from '../../schema.ts';
import type { Candidate } from '../candidate.ts';
import { letterKey } from './letter-key.ts';

/** How much a rule's reading of a name's type counts when the same name is read two ways; any other rule counts 3. */
const RULE_WEIGHT: Record<string, number> = {
  'context:in-x': 1,
  'cue:acronym': 1,
  'cue:facility': 2,
  'context:city-of': 2,
  'cue:org-noun': 2,
  'cue:org-noun-before': 2,
  'cue:region-noun': 2,
  'context:according-to': 1,
  'context:including': 1,
  'context:spokesperson': 1,
  'context:known-as': 1,
  'context:staff-at': 1,
  'context:org-apposition': 1,
  'context:reported': 1,
};

/**
 * One unknown name read two ways ("VinFast factory" a place, "the carmaker VinFast" a company) takes the
 * better-attested type: each reading votes with its rule's weight. Known names and people keep their type.
 */
export function votedType(candidates: readonly (readonly Candidate[])[]): (c: Candidate) => EntityType {
  const votes = new Map<string, Map<EntityType, number>>();
  for (const cs of candidates)
    for (const c of cs) {
      if (c.known || c.type === 'person') continue;
      const k = letterKey(c.name);
      const v = votes.get(k) ?? new Map<EntityType, number>();
      v.set(c.type, (v.get(c.type) ?? 0) + (RULE_WEIGHT[c.rule] ?? 3));
      votes.set(k, v);
    }
  return (c) => {
    const v = votes.get(letterKey(c.name));
    if (!v || c.type === 'person') return c.type;
    // the type with most votes, the first counted on a tie (what a stable sort by votes would put first)
    let best: EntityType = c.type;
    let most = -Infinity;
    for (const [type, n] of v)
      if (n > most) {
        best = type;
        most = n;
      }
    return best;
  };
}
