import { describe, expect, it } from 'vitest';
import { orgCueRule } from '../../../../src/core/entities/rules/org-cue-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('orgCueRule', () => {
  it.each<[string, string[]]>([
    ['a report by the Washington Post', ['Washington Post/organization']],
    ['Al-Madina News reported', ['Al-Madina News/organization']],
    ['the reopening of the US Embassy in Kiev', ['US Embassy/organization']],
    ['The Ministry of Home Affairs has also decided', ['Ministry of Home Affairs/organization']],
    ['The third group, Cyber Partisans, consists', ['Cyber Partisans/organization']],
    ['the Movement for the Salvation of Azawad', ['Movement for the Salvation of Azawad/organization']],
    // a lower-case noun after or before the name
    ['with the Telegraph newspaper', ['Telegraph/organization']],
    ['the carmaker VinFast announced', ['VinFast/organization']],
    // a collective noun's possessive inside the name
    [
      'head of the Republican People’s Party (CHP)',
      ['Republican People’s Party/organization', 'CHP/organization'],
    ],
    ["The Workers' Party will have 68 deputies", ["Workers' Party/organization"]],
    // a known place before the head word; two words that end the name
    [
      'a spokesman for the U.S. Department of Agriculture said',
      ['U.S. Department of Agriculture/organization'],
    ],
    ['at the Massachusetts Institute of Technology', ['Massachusetts Institute of Technology/organization']],
    ['the Plano Independent School District said', ['Plano Independent School District/organization']],
    ['The Greek Orthodox Church estimates', ['Greek Orthodox Church/organization']],
    // one or two words before a head word and its "of"; not a title before it
    [
      'at the Pontifical Javeriana University of Bogota',
      ['Pontifical Javeriana University of Bogota/organization'],
    ],
    ['the Autonomous University of Tamaulipas said', ['Autonomous University of Tamaulipas/organization']],
    ['the Agricultural Confederation of Mali said', ['Agricultural Confederation of Mali/organization']],
    ['the Bishops Conference of Zambia said', ['Bishops Conference of Zambia/organization']],
    ['Analysts at the Lusaka Policy Center said', ['Lusaka Policy Center/organization']],
    ['Chairman Bank of Lusaka', []],
    // a media noun after the name, with a hyphened particle; a company word; "on" after an organization word
    ['he told al-Nahda television on Sunday', ['al-Nahda/organization']],
    ['he told Metro radio on Sunday', ['Metro/organization']],
    ['the first flight of Kivu Aviation left', ['Kivu Aviation/organization']],
    ['the Regional Commission on Water Rights met', ['Regional Commission on Water Rights/organization']],
    ['the Ghanaian Air Force announced', ['Ghanaian Air Force/organization']],
    // an administration by name
    [
      'the Tanzania Meteorological Administration said',
      ['Tanzania Meteorological Administration/organization'],
    ],
    // "club" or "band" before one name
    ['plays for the Qatari club Al-Wakrah now', ['Al-Wakrah/organization']],
    ['Gary Fan of the Neo Democrats failed', ['Neo Democrats/organization']],
    // a role and its "of (the)" before the name are the person's, not the organization's
    ['said Maria Lopez, CEO of the Northern Housing Trust.', ['Northern Housing Trust/organization']],
    ['Chairman of the Western Water Board Tom Reed agreed', ['Western Water Board/organization']],
    ['the Secretary-General of the Arab League spoke', ['Arab League/organization']],
    // must not cut: no title before "of" ("Bank of …"), a title and a portfolio that names no organization
    ['the Bank of England said', ['Bank of England/organization']],
    ['the Minister of Finance said', []],
    // must not fire: a person's name after a place, a district that is a place
    ['Texas Governor Greg Abbott', []],
    ['in the Kowloon City District', []],
    // capitals no list knows
    // must not fire: a roman numeral, a word written loud, a label, a common abbreviation
    ['vs. the Internet, part XVII', []],
    ['a good long time, UNLESS of course, he returned', []],
    ['EXCLUSIVE: talks stall', []],
    ['ANALYSIS: Why the vote matters', []],
    ['he received VIP attention', []],
    ['on state television ORTM', ['ORTM/organization']],
    // generic organization words and company suffixes; Romance head words before a particle
    ['The World Food Programme said', ['World Food Programme/organization']],
    ['operated by the Chinese company MMG Limited, according', ['MMG Limited/organization']],
    ['Analysts at Fitch Ratings said', ['Fitch Ratings/organization']],
    // military formations and commands
    ['fighters of the Africa Corps, the successor', ['Africa Corps/organization']],
    ['The US Central Command said its forces', ['US Central Command/organization']],
    ['a poll by the Forsa institute, the party', ['Forsa/organization']],
    ['Economists at the Banco de Credito del Peru warned', ['Banco de Credito del Peru/organization']],
    ['The Defensoría del Pueblo counted', ['Defensoría del Pueblo/organization']],
    ['the Ethiopian Electric Power corporation said', ['Ethiopian Electric Power/organization']],
    ['The Iraqi Ministry of Water Resources warned', ['Iraqi Ministry of Water Resources/organization']],
    ['The UN mission Monusco said', ['Monusco/organization']],
    // must not fire: a cue word alone, demonym + nothing, a prefix word before a person, capitals that name nothing
    ['the Embassy said', []],
    // a person's possessive ends the name: the party is not "Bolsonaro’s Liberal Party"
    ['while Bolsonaro’s Liberal Party has 99', ['Liberal Party/organization']],
    ['Russian forces attacked', []],
    ['Secretary of State Antony Blinken said', []],
    ['the CEO said GDP grew', []],
    ['the GNP of the country and its CPI rose', []],
    ['It contains thousands of fighters', []],
    // a Romance head word opens a name with no "of", even one that is also a given name ("Liga")
    ['the Liga Profesional fined two clubs', ['Liga Profesional/organization']],
    ['loans from Banca Etica grew', ['Banca Etica/organization']],
    ['the Partido Liberal Radical said', ['Partido Liberal Radical/organization']],
    // a forum is an organization's event series, named as one ("the Vienna Energy Forum"); not alone
    ['we hosted the Lusaka Energy Forum, where', ['Lusaka Energy Forum/organization']],
    ['the Forum said', []],
    // must not fire: the head word alone, an English prefix word before a person's name
    ['the Liga said', []],
    ['National Maria Lopez said', []],
  ])('%s', (text, expected) => expect(chunkRule(text, orgCueRule)).toEqual(expected));
});
