import type { Candidate, TokenizedText } from './candidate.ts';
import { gazetteerIndex } from './gazetteer-index.ts';
import { isCutFromLongerName, isTitleCase } from './rules/cut-name-guard.ts';
import { isHyphenPrefixed } from './rules/hyphen-prefixed.ts';

/** Step 2: names the gazetteer knows (countries, cities, regions, well-known organizations), longest first at each token. */
export function matchGazetteer(doc: TokenizedText): Candidate[] {
  const { steps, maxTokens } = gazetteerIndex();
  const { tokens } = doc;
  const out: Candidate[] = [];
  let titleCase: boolean | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i];
    if (!first || first.kind !== 'word' || !first.cap || isHyphenPrefixed(tokens, i)) continue;
    let key = '';
    for (let j = i; j < Math.min(tokens.length, i + maxTokens); j++) {
      const t = tokens[j];
      if (!t) break;
      // a name does not run across a comma or a sentence end: "Paris, France" is two names
      if (j > i && (t.text === ',' || t.text === '.' || t.text === ':')) break;
      key = j === i ? t.key : `${key} ${t.key}`;
      const step = steps.get(key);
      if (!step) break; // no name is this or starts with it
      const { entry, more } = step;
      if (!entry || !t.cap) {
        if (!more) break;
        continue;
      }
      const span = tokens.slice(i, j + 1);
      if (entry.caseSensitive && !span.every((s) => s.kind !== 'word' || s.allCaps)) continue;
      // "Reading the report, …": a town named like a word is no name at a sentence start
      if (entry.commonWord && j === i && first.sentenceStart) continue;
      // "the Balkan Stream pipeline": a town or region word at the head of an unknown name is not the place
      if (j === i && entry.priority < 5) {
        titleCase ??= isTitleCase(tokens);
        if (isCutFromLongerName(doc, i, titleCase)) {
          if (!more) break;
          continue;
        }
      }
      // "US" in a sentence written in capitals is still fine; "Us" or "us" is a pronoun
      out.push({
        first: i,
        last: j + 1,
        start: first.start,
        end: t.end,
        type: entry.type,
        name: entry.name,
        rule: entry.rule,
        priority: entry.priority,
        known: true,
        coordinates: entry.coordinates,
        demonyms: entry.demonyms,
        value: null,
      });
      if (!more) break;
    }
  }
  return out;
}
