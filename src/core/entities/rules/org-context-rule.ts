import type { Candidate, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { tokenAt, wordsKey } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';

/** The word right before a name that one of the cues below needs. */
const CUE_BEFORE = new Set(['to', 'including', 'as', 'at']);

/**
 * An unknown name acting where organizations act: `context:according-to` "According to Trend, the first gas …", "according
 * to El Comercio" (a news outlet); `context:including` "Environmental groups, including Crude Accountability, warned";
 * `context:spokesperson` "MMG spokesman Troy Hey"; `context:known-as` "militias known as Fano"; `context:staff-at` "Analysts at
 * Maybank said"; `context:org-apposition` "Kazatomprom, the world’s largest producer, said"; `context:reported` "Jeune Afrique reported that";
 * `context:which` "Seplat, which already pumps oil"; `context:shares` "Shell shares were flat in London". One to three words, none a demonym or title, not a known name, and
 * not a given name first ("according to Claude Jibidar" is a person): any other rule's reading wins over these.
 */
export function orgContextRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const { tokens } = doc;
  let first = chunk.first;
  if (tokens[first]?.key === 'the') first++;
  // the cheap look at the words around first: most runs of capitals have none of these cues
  const b1 = tokenAt(tokens, first - 1);
  const a1 = tokens[chunk.last];
  if (
    !a1 ||
    !(
      CUE_BEFORE.has(b1?.key ?? '') ||
      a1.text === ',' ||
      CUES.spokesNouns.has(a1.key) ||
      CUES.clubRoles.has(a1.key) ||
      CUES.reportVerbs.has(a1.key) ||
      CUES.stockNouns.has(a1.key)
    )
  )
    return null;
  const words = tokens.slice(first, chunk.last).filter((t) => t.kind === 'word');
  const head = words[0];
  if (!head || words.length > 3) return null;
  const { byKey, demonyms } = gazetteerIndex();
  if (byKey.has(wordsKey(words))) return null;
  if (words.some((w) => demonyms.has(w.key) || CUES.titles.has(w.key) || CUES.months.has(w.key))) return null;
  if (words.length >= 2 && CUES.givenNames.has(head.key)) return null;
  const b2 = tokenAt(tokens, first - 2);
  const a2 = tokens[chunk.last + 1];
  if (b1?.key === 'to' && b2?.key === 'according')
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:according-to', 0);
  if (
    b1?.key === 'including' &&
    b2?.text === ',' &&
    CUES.listNouns.has(tokenAt(tokens, first - 3)?.key ?? '') &&
    (a1?.text === ',' || a1?.key === 'and' || a1?.text === '.')
  )
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:including', 0);
  // "militias known as Fano"
  if (b1?.key === 'as' && b2?.key === 'known' && CUES.listNouns.has(tokenAt(tokens, first - 3)?.key ?? ''))
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:known-as', 0);
  // "Analysts at Maybank said"
  if (b1?.key === 'at' && CUES.staffNouns.has(b2?.key ?? ''))
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:staff-at', 0);
  if (
    a1?.text === ',' &&
    (a2?.key === 'the' || a2?.key === 'a' || a2?.key === 'an') &&
    appositionNoun(doc, chunk.last + 2)
  )
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:org-apposition', 0);
  // "Seplat, which already pumps oil": a person takes "who", and a known place never gets here (one word only: a
  // surname-first or unknown two-word place would be read as a company)
  if (a1.text === ',' && a2?.key === 'which' && words.length === 1 && !CUES.givenNames.has(head.key))
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:which', 0);
  // "Shell shares were flat": a listed company's stock moves; "Smith shares his view" is a verb, not a stock
  if (CUES.stockNouns.has(a1.key) && !a1.cap && CUES.stockMoves.has(a2?.key ?? ''))
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:shares', 0);
  // "Jeune Afrique reported that": an outlet reports; two words at least, a lone surname may report too
  if (CUES.reportVerbs.has(a1.key) && words.length >= 2 && a2?.key === 'that')
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:reported', 0);
  // "said Gor Mahia coach Francis Kimanzi": a club before its coach or player, as a company before its spokesman.
  // "Government spokesman …" opens a sentence with a common noun; "Transport Norway spokesperson …" has a second
  // capital that the sentence start does not explain
  if (
    a1 &&
    !a1.cap &&
    (CUES.spokesNouns.has(a1.key) || CUES.clubRoles.has(a1.key)) &&
    a2?.kind === 'word' &&
    a2.cap &&
    (!head.sentenceStart || words.length >= 2)
  )
    return makeCandidate(doc, first, chunk.last, 'organization', 'context:spokesperson', 0);
  return null;
}

/** True when the lower-case words from `from` (five at most, a possessive allowed) end in a company noun before a comma or period: "the world’s largest producer,". */
function appositionNoun(doc: TokenizedText, from: number): boolean {
  const { tokens } = doc;
  for (let k = from; k < Math.min(tokens.length, from + 6); k++) {
    const t = tokens[k];
    if (!t) return false;
    if (t.text === ',' || t.text === '.') {
      const prev = tokens[k - 1];
      return !!prev && CUES.appositionNouns.has(prev.key);
    }
    if (t.kind === 'word' ? t.cap && k > from + 1 : t.key !== "'s" && t.key !== "'") return false;
  }
  return false;
}
