import type { Candidate, Token, TokenizedText } from '../candidate.ts';
import type { Chunk } from './name-chunks.ts';
import { CUES } from './cue-sets.ts';
import { tokenAt, wordsKey } from './chunk-words.ts';
import { makeCandidate } from './make-candidate.ts';
import { stripTitles } from './strip-titles.ts';
import { gazetteerIndex } from '../gazetteer-index.ts';
import { isDemonymWord } from './demonym-word.ts';
import { appositionNounKind } from './apposition-noun-kind.ts';

/**
 * A person's full name in a run of capitalized words, on one of these grounds (the rule says which):
 * `context:title` "Russian President Vladimir Putin", "spokeswoman Yuliana Shemitowitz";
 * `lexicon:given-name` "Sergei Shoigu" (a given name first); `context:said-x` "said Sergei Vojtkovic", "Diallo Amadou said";
 * `context:apposition` "Yury Ravavoy, a Belarusian activist"; `context:initial` "H. Lee Sarno" (an initial among three words); `context:romanized` "Tsang Kin-fai"
 * (a surname and a hyphened given name, as Chinese and Korean names are written). Two to four words; never a run ending in an org or place cue.
 */
export function personRule(doc: TokenizedText, chunk: Chunk): Candidate | null {
  const { tokens } = doc;
  const s = stripTitles(doc, chunk);
  const words: Token[] = [];
  let capitalized = 0;
  for (let k = s.first; k < s.last; k++) {
    const t = tokens[k];
    if (t?.kind !== 'word') continue;
    words.push(t);
    if (t.cap) capitalized++;
  }
  const lastWord = words[words.length - 1];
  // "Luiz Inacio Lula da Silva": four capitalized words at most, particles not counted
  if (!lastWord || capitalized > 4) return null;
  // "the State and Homeland Security Departments, the girls": a plural organization word ends no person's name
  const singular =
    lastWord.key.length > 7 ? lastWord.key.replace(/ies$/, 'y').replace(/s$/, '') : lastWord.key;
  if (
    CUES.orgSuffixes.has(lastWord.key) ||
    CUES.orgSuffixes.has(singular) ||
    CUES.featureSuffixes.has(lastWord.key) ||
    // "Sihanoukville Autonomous Port, the largest …": a facility word ends no person's name
    CUES.facilities.has(lastWord.key) ||
    CUES.polities.has(lastWord.key)
  )
    return null;
  if (words.some((w) => w.allCaps && w.text.length > 1)) return null; // "US Embassy", "IT"
  if (words.some((w) => w.key === 'of' || w.key === 'for')) return null; // "Bank of Vietnam"
  // "Banco de Credito del Peru": an organization's head word before a particle
  if (CUES.orgPrefixes.has(words[0]?.key ?? '') && words.some((w) => !w.cap)) return null;
  const { byKey, demonyms } = gazetteerIndex();
  if (words.some((w) => isDemonymWord(w, demonyms) || CUES.titles.has(w.key))) return null;
  // a whole run the gazetteer knows is a place, not a person: "Santa Cruz"
  if (byKey.has(wordsKey(words))) return null;
  const before = tokenAt(tokens, s.first - 1);
  const after = tokens[s.last];
  const after2 = tokens[s.last + 1];
  let rule: string | null = null;
  if (words.length >= 2) {
    if (s.titled) rule = 'context:title';
    else if (CUES.givenNames.has(words[0]?.key ?? '')) rule = 'lexicon:given-name';
    else if (words.length >= 3 && hasInitial(tokens, s.first, s.last)) rule = 'context:initial';
    else if (isRomanizedName(tokens, s.first, s.last)) rule = 'context:romanized';
    else if (
      (before && CUES.speechVerbs.has(before.key)) ||
      // "Economists at Itaú Unibanco said": a name after a preposition is not who speaks
      (after &&
        CUES.speechVerbs.has(after.key) &&
        !CUES.prepositions.has(before?.key ?? '') &&
        before?.key !== 'at')
    )
      rule = 'context:said-x';
    else if (
      after?.text === ',' &&
      after2 &&
      ((CUES.appositionHeads.has(after2.key) &&
        // "Harbor Today, a weekly publication,", "Port Elma, a quiet town": the apposition names no person
        appositionNounKind(tokens, s.last + 1) === null) ||
        roleOf(tokens, s.last + 1))
    )
      rule = 'context:apposition';
  } else if (s.titled && s.first > chunk.first && !lastWord.sentenceStart) {
    // "President Macron": one word after a capitalized title in the same run
    rule = 'context:title';
  }
  return rule ? makeCandidate(doc, s.first, s.last, 'person', rule, 2) : null;
}

/**
 * "Mele Kyari, head of the state oil company": a lower-case word of office right after the comma, with no article,
 * and "of" after it. "Port Harcourt, capital of Rivers State" has no word of office.
 */
function roleOf(tokens: readonly Token[], at: number): boolean {
  const role = tokens[at];
  return !!role && !role.cap && CUES.titles.has(role.key) && tokens[at + 1]?.key === 'of';
}

/** "H. Lee Sarno", "George W. Bush": a single capital with its period among the words of a run. */
function hasInitial(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last - 1; k++) {
    const t = tokens[k];
    const dot = tokens[k + 1];
    if (t?.kind === 'word' && t.text.length === 1 && t.cap && dot?.text === '.' && dot.start === t.end)
      return true;
  }
  return false;
}

/**
 * "Tsang Kin-fai", "Ho Wing-sze": two capitalized words, the second hyphened to a lower-case syllable (name-chunks
 * joins only such syllables, never "New York-based").
 */
function isRomanizedName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first !== 4) return false;
  const [a, b, hyphen, syllable] = [tokens[first], tokens[first + 1], tokens[first + 2], tokens[first + 3]];
  return (
    !!a?.cap &&
    !!b?.cap &&
    hyphen?.text === '-' &&
    syllable?.kind === 'word' &&
    !syllable.cap &&
    !a.allCaps &&
    !b.allCaps
  );
}
