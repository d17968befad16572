import type { Candidate, TokenizedText } from './candidate.ts';
import { nameChunks, type Chunk } from './rules/name-chunks.ts';
import { personRule } from './rules/person-rule.ts';
import { orgCueRule } from './rules/org-cue-rule.ts';
import { placeCueRule } from './rules/place-cue-rule.ts';
import { possessiveRoleRule } from './rules/possessive-role-rule.ts';
import { coordinationRule } from './rules/coordination-rule.ts';
import { regionNounRule } from './rules/region-noun-rule.ts';
import { roleAppositionRule } from './rules/role-apposition-rule.ts';
import { demonymEmbassyRule } from './rules/demonym-embassy-rule.ts';
import { orgContextRule } from './rules/org-context-rule.ts';
import { scoreLineRule } from './rules/score-line-rule.ts';
import { camelCaseOrgRule } from './rules/camel-case-org-rule.ts';
import { companyVerbRule } from './rules/company-verb-rule.ts';
import { campusCommaRule } from './rules/campus-comma-rule.ts';
import { pushAll } from '../array/push-all.ts';

const CHUNK_RULES = [
  orgCueRule,
  placeCueRule,
  personRule,
  possessiveRoleRule,
  regionNounRule,
  roleAppositionRule,
  demonymEmbassyRule,
  orgContextRule,
  scoreLineRule,
  camelCaseOrgRule,
  companyVerbRule,
];

/**
 * Step 3: names no list has, found from the words around runs of capitals (titles, cue words, speech verbs), then
 * from the names they are listed with (`known`: the gazetteer's candidates of step 2).
 */
export function matchContextRules(
  doc: TokenizedText,
  known: readonly Candidate[] = [],
  chunks: readonly Chunk[] = nameChunks(doc),
): Candidate[] {
  const out: Candidate[] = [];
  for (const chunk of chunks) {
    for (const rule of CHUNK_RULES) {
      const c = rule(doc, chunk);
      if (c) out.push(c);
    }
  }
  // a list needs two runs of capitals at least
  if (chunks.length >= 2) {
    pushAll(out, coordinationRule(doc, chunks, known.concat(out)));
    // "the University of California, Berkeley": a campus after a comma
    pushAll(out, campusCommaRule(doc, chunks, known));
  }
  return out;
}
