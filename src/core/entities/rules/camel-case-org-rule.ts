import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { chunkWords } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';

/** A word of two words run together, each capitalized: "ResearchGate", "BlackRock", "YouTube", "OpenAI". */
const CAMEL = /^\p{Lu}\p{Ll}{2,}\p{Lu}/u;

/**
 * Family names whose particle is written fused and capitalized: "MacArthur", "DeSantis", "LaGuardia", "VanDyke",
 * "FitzGerald", "McKenzie". A word that starts so is a person's or a place's name as often as a company's.
 */
const FUSED_PARTICLE =
  /^(?:Mc|Mac|Van|Von|Fitz|De|Di|Da|Du|Le|La|Lo|Del|Della|Des|Den|Der|Ter|Ten|Abu|Ibn|Bin|Ben|Al|El|St|Ste|San|Kwa)\p{Lu}/u;

/**
 * `shape:camel-case`: one word made of two capitalized words run together names a company or a service, a shape
 * English gives to brands, not to people or places: "rates of adoption of services like GoogleScholar and
 * ResearchGate vary", "BlackRock said", "a stake in SoftBank". A fused family-name particle ("DeSantis", "MacArthur")
 * is no brand. Priority 1: the gazetteer, cue words and a person's context all win over a shape.
 */
export function camelCaseOrgRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const cw = chunkWords(doc, chunk);
  if (!cw || cw.words.length !== 1) return null;
  const { text } = cw.head;
  if (cw.head.allCaps || !CAMEL.test(text) || FUSED_PARTICLE.test(text)) return null;
  return makeCandidate(doc, cw.first, chunk.last, 'organization', 'shape:camel-case', 1);
}
