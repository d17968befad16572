import type { Candidate, TokenizedText } from './candidate.ts';
import { nameChunks } from './rules/name-chunks.ts';
import { personRule } from './rules/person-rule.ts';
import { orgCueRule } from './rules/org-cue-rule.ts';
import { placeCueRule } from './rules/place-cue-rule.ts';
import { possessiveRoleRule } from './rules/possessive-role-rule.ts';

const RULES = [orgCueRule, placeCueRule, personRule, possessiveRoleRule];

/** Step 3: names no list has, found from the words around runs of capitals (titles, cue words, speech verbs). */
export function matchContextRules(doc: TokenizedText): Candidate[] {
  const out: Candidate[] = [];
  for (const chunk of nameChunks(doc)) {
    for (const rule of RULES) {
      const c = rule(doc, chunk);
      if (c) out.push(c);
    }
  }
  return out;
}
