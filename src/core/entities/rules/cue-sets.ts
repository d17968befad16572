import titles from '../lexicon/titles.json' with { type: 'json' };
import orgCues from '../lexicon/org-cues.json' with { type: 'json' };
import placeCues from '../lexicon/place-cues.json' with { type: 'json' };
import personCues from '../lexicon/person-cues.json' with { type: 'json' };
import calendar from '../lexicon/calendar.json' with { type: 'json' };
import givenNames from '../lexicon/given-names.json' with { type: 'json' };
import functionWords from '../lexicon/function-words.json' with { type: 'json' };
import languages from '../lexicon/languages.json' with { type: 'json' };
import { foldKey } from '../alias/fold-key.ts';

/** The cue-word lexicons as sets of lower-case keys, built once. */
export const CUES = {
  titles: new Set(titles.titles),
  orgSuffixes: new Set(orgCues.suffixes),
  orgSuffixPairs: new Set(orgCues.suffixPairs),
  orgPrefixes: new Set(orgCues.prefixes),
  foreignOrgHeads: new Set(orgCues.foreignHeads),
  orgNouns: new Set(orgCues.nouns),
  orgNounsBefore: new Set(orgCues.nounsBefore),
  notAcronyms: new Set(orgCues.notAcronyms),
  possessiveNouns: new Set(orgCues.possessiveNouns),
  embassyNouns: new Set(orgCues.embassyNouns),
  listNouns: new Set(orgCues.listNouns),
  spokesNouns: new Set(orgCues.spokesNouns),
  staffNouns: new Set(orgCues.staffNouns),
  reportVerbs: new Set(orgCues.reportVerbs),
  stockNouns: new Set(orgCues.stockNouns),
  stockMoves: new Set(orgCues.stockMoves),
  matchVerbs: new Set(orgCues.matchVerbs),
  clubRoles: new Set(orgCues.clubRoles),
  appositionNouns: new Set(orgCues.appositionNouns),
  companySuffixes: new Set(orgCues.companySuffixes),
  regionNouns: new Set(placeCues.regionNouns),
  facilities: new Set(placeCues.facilities),
  buildingSuffixes: new Set(placeCues.buildingSuffixes),
  featureSuffixes: new Set(placeCues.featureSuffixes),
  featureSuffixPairs: new Set(placeCues.featureSuffixPairs),
  featurePrefixes: new Set(placeCues.featurePrefixes),
  polities: new Set(placeCues.polities),
  compass: new Set(placeCues.compass),
  containers: new Set(placeCues.containers),
  prepositions: new Set(placeCues.prepositions),
  speechVerbs: new Set(personCues.speechVerbs),
  roles: new Set(personCues.roles),
  appositionHeads: new Set(personCues.appositionHeads),
  months: new Set(Object.keys(calendar.months)),
  weekdays: new Set(calendar.weekdays),
  givenNames: new Set(givenNames.map((n) => n.toLowerCase())),
  functionWords: new Set(functionWords.words),
  // "written right to left in Arabic": a language's name, keyed as the tokenizer keys words
  languages: new Set(languages.map(foldKey)),
  hyphenEndings: new Set(functionWords.hyphenEndings),
  hyphenPrefixes: new Set(functionWords.hyphenPrefixes),
};
