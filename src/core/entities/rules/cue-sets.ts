import titles from '../lexicon/titles.json';
import orgCues from '../lexicon/org-cues.json';
import placeCues from '../lexicon/place-cues.json';
import personCues from '../lexicon/person-cues.json';
import calendar from '../lexicon/calendar.json';
import givenNames from '../lexicon/given-names.json';
import functionWords from '../lexicon/function-words.json';

/** The cue-word lexicons as sets of lower-case keys, built once. */
export const CUES = {
  titles: new Set(titles.titles),
  orgSuffixes: new Set(orgCues.suffixes),
  orgPrefixes: new Set(orgCues.prefixes),
  orgNouns: new Set(orgCues.nouns),
  facilities: new Set(placeCues.facilities),
  featureSuffixes: new Set(placeCues.featureSuffixes),
  featurePrefixes: new Set(placeCues.featurePrefixes),
  polities: new Set(placeCues.polities),
  containers: new Set(placeCues.containers),
  prepositions: new Set(placeCues.prepositions),
  speechVerbs: new Set(personCues.speechVerbs),
  roles: new Set(personCues.roles),
  appositionHeads: new Set(personCues.appositionHeads),
  months: new Set(Object.keys(calendar.months)),
  weekdays: new Set(calendar.weekdays),
  givenNames: new Set(givenNames.map((n) => n.toLowerCase())),
  functionWords: new Set(functionWords.words),
};
