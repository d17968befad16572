import { describe, expect, it } from 'vitest';
import { personRule } from '../../../../src/core/entities/rules/person-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('personRule', () => {
  it.each<[string, string[]]>([
    // titles and demonyms before the name are not part of it
    ['Russian President Vladimir Putin has ordered', ['Vladimir Putin/person']],
    ['New York-based spokeswoman Yuliana Shemitowitz added', ['Yuliana Shemitowitz/person']],
    ['said lt.col. Alexander Azarov, a former official', ['Alexander Azarov/person']],
    ['the outgoing president Ivan Duque congratulated', ['Ivan Duque/person']],
    // titles of rank and address outside politics: "Empress", "Dame", "Monsieur", "Detective"
    ['a coin of Empress Suiko was found', ['Suiko/person']],
    ['letters to Dame Edith Cole arrived', ['Edith Cole/person']],
    ['Detective Anna Berg said', ['Anna Berg/person']],
    // a hyphened title is one title: "Secretary-General" leaves no "-General" behind
    ['Secretary-General Ban Ki-moon said', ['Ban Ki-moon/person']],
    ['the Director-General Amara Osei replied', ['Amara Osei/person']],
    // must not fire: the title alone
    ['launched by the Secretary-General on Monday', []],
    // a country or office before the title; the portfolio after "of"
    ['U.S. President Joe Biden congratulated', ['Joe Biden/person']],
    ['accompanied by the Minister of Environment Murat Kurum.', ['Murat Kurum/person']],
    ['Former president Luiz Inacio Lula da Silva won', ['Luiz Inacio Lula da Silva/person']],
    // must not fire: "of the" after a title opens an organization's name, not a portfolio before a surname
    ['The Director of the National Gallery, Anna Berg, spoke', ['Anna Berg/person']],
    ['the Director of the National Gallery said', []],
    // must not fire: a name after "at" or a preposition before "said" is not who speaks
    ['Economists at Banco Ribeira said', []],
    ['Traders in Kampala Central said', []],
    // sports and church roles are titles too
    ['Ugandan striker Hamisi Okello equalized', ['Hamisi Okello/person']],
    ['Substitute Peter Kamau scored late', ['Peter Kamau/person']],
    ['Archbishop Tomas Ibarra said', ['Tomas Ibarra/person']],
    // must not fire: a facility word ends the run
    ['Kribi Deep Sea Port, the largest terminal', []],
    ['Kigoma Lake Port said', []],
    // two particles in a row
    ['The head of the commission, Ursula von der Leyen, is expected', ['Ursula von der Leyen/person']],
    // a given name first
    ['his defense minister, Sergei Shoigu, who had', ['Sergei Shoigu/person']],
    // speech verbs and apposition for names no list has
    ['said Tchiani Abdourahamane on Monday', ['Tchiani Abdourahamane/person']],
    ['Yury Ravavoy, a Belarusian activist', ['Yury Ravavoy/person']],
    // an accented given name that folds to a demonym's key is a name; the demonym as written is not
    ['Santos forward Germán Ruiz scored', ['Germán Ruiz/person']],
    ['German Chancellor Olaf Scholz said', ['Olaf Scholz/person']],
    ['the German Marshall Fund said', []],
    // a word of office and "of" right after the comma
    ['Tumi Mbeki, head of the grid operator, said', ['Tumi Mbeki/person']],
    ['Ines Varga, chairwoman of Orbis, said', ['Ines Varga/person']],
    // must not fire: no word of office, a word of office without "of", a capitalized word after the comma
    ['Port Harcourt, capital of Rivers State', []],
    ['Tumi Mbeki, chief executives said', []],
    ['Tumi Mbeki, Head of Sales', []],
    // an initial among three words
    ['science fiction writer H. Lee Sarno for', ['H. Lee Sarno/person']],
    // a surname and a hyphened given name
    ["localist camp's Tsang Kin-fai of Youth Voice", ['Tsang Kin-fai/person']],
    [
      'DAB’s Ben Chan and Leung Che-cheung, FTU’s Alice Mak',
      ['Ben Chan/person', 'Leung Che-cheung/person', 'Alice Mak/person'],
    ],
    // must not fire: a place with an English compound, a capitalized part after the hyphen
    ['the Hong Kong-based group', []],
    ['in Guinea-Bissau and Timor-Leste', []],
    // must not fire: a plural organization word at the end
    ['between the State and Homeland Security Departments, the girls', []],
    // still a person: a surname that looks plural
    ['said Tyra Banks, a model', ['Tyra Banks/person']],
    // must not fire: an initial in a two-word run, a church
    ['the Plan B. Then', []],
    ['The Greek Orthodox Church, a Christian denomination', []],
    // one word after a capitalized title
    ['talks with President Macron on', ['Macron/person']],
    // must not fire: demonym or title alone, an organization or place cue, capitals, a run with "of"
    ['Russian forces and the Ukrainian President', []],
    ['according to the European Commission', []],
    ['the US Embassy in Kiev', []],
    ['the State Bank of Vietnam said', []],
    ['Railway workers who were', []],
    ['Within a week, the convoy', []],
  ])('%s', (text, expected) => expect(chunkRule(text, personRule)).toEqual(expected));
});
