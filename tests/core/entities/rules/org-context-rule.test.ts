import { describe, expect, it } from 'vitest';
import { orgContextRule } from '../../../../src/core/entities/rules/org-context-rule.ts';
import { chunkRule } from '../rule-spans.ts';

describe('orgContextRule', () => {
  it.each<[string, string[]]>([
    ['According to Trend, the first gas could flow', ['Trend/organization']],
    ['killed, according to El Comercio.', ['El Comercio/organization']],
    ['According to Addis Standard, at least', ['Addis Standard/organization']],
    ['Environmental groups, including Crude Accountability, warned', ['Crude Accountability/organization']],
    ['the mine, said MMG spokesman Troy Hey', ['MMG/organization']],
    // two capitals at a sentence start: the second is no sentence's capital
    ['Transport Norway spokesperson Erik Lund said', ['Transport Norway/organization']],
    // must not fire: one common noun opening the sentence
    ['Government spokesman Ali Noor said', []],
    ['local militias known as Fano clashed', ['Fano/organization']],
    ['Analysts at Maybank said', ['Maybank/organization']],
    ['after Kazatomprom, the world’s largest producer, said', ['Kazatomprom/organization']],
    ['Jeune Afrique reported that the Ugandan army', ['Jeune Afrique/organization']],
    // must not fire: a known place or organization, a given name first, a demonym, a title, a person's apposition
    ['according to Kyiv, the attack', []],
    ['according to Reuters', []],
    ['according to Claude Jibidar, fuel', []],
    ['according to Russian officials', []],
    ['according to President Castillo', []],
    ['groups, including Paris and Rome', []],
    ['Pedro Castillo, a former rural teacher, met', []],
    ['Officials at Mekelle hospital said', []],
    ['Tshisekedi reported that', []],
    ['Felix Tshisekedi reported that', []],
    ['Seplat, which already pumps oil, gained', ['Seplat/organization']],
    ['Shell shares were flat in London', ['Shell/organization']],
    ['traders said Vinamilk stock fell', ['Vinamilk/organization']],
    // must not fire: a person takes "who", a known place, a given name, a verb "shares", shares not moving
    ['Mwangi, who leads the group, said', []],
    ['Nairobi, which hosts the talks', []],
    ['Sarah, which was', []],
    ['Smith shares his view', []],
    ['the Kenya Shares index', []],
    ['said Gor Mahia coach Francis Kimanzi', ['Gor Mahia/organization']],
    ['after Tusker striker Eric Kapaito scored', ['Tusker/organization']],
    // must not fire: one word opening a sentence ("Veteran striker …"), a demonym, a known place
    ['Veteran striker Eric Kapaito scored', []],
    ['the Kenyan captain Michael Olunga', []],
    ['Nairobi coach Eric Kapaito', []],
  ])('%s', (text, expected) => expect(chunkRule(text, orgContextRule)).toEqual(expected));
});
