import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { matchGazetteer } from '../../../../src/core/entities/02-gazetteer.ts';
import { matchContextRules } from '../../../../src/core/entities/03-context-rules.ts';
import { show } from '../rule-spans.ts';

const coordinated = (text: string): string[] => {
  const doc = tokenize(text);
  const known = matchGazetteer(doc);
  return show(
    doc,
    matchContextRules(doc, known).filter((c) => c.rule === 'context:coordination'),
  );
};

describe('coordinationRule', () => {
  it.each<[string, string[]]>([
    ['rockets toward Tel Aviv, Ashkelon and Sderot', ['Sderot/place']],
    ['the crossings from Rafah to Erez', ['Erez/place']],
    ['had killed Tayseer al-Jabari and Khaled Mansour, two commanders', ['Tayseer al-Jabari/person']],
    // must not fire: an organization does not spread, a month, a single word beside a person, already typed
    ['between Germany and Cyber Partisans', []],
    ['Poland and March', []],
    ['said Sergei Shoigu and Ravavoy', []],
    ['Germany and France', []],
    // a name after "of" is a complement, not a listed person
    ['Raymond Chan of People Power, and Leung Kwok-hung of LSD', []],
    // a lone compass word shares the next name's head
    ['after North and South Korea exchanged fire', []],
    ['between East and West Germany', []],
  ])('%s', (text, expected) => expect(coordinated(text)).toEqual(expected));
});
