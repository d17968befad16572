import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/quotes/split-sentences.ts';
import { quotesOf } from './quote-text.ts';

describe('reported speech', () => {
  it.each<[string, string[]]>([
    ['Vladimir Putin said that the talks had failed.', ['Vladimir Putin: the talks had failed']],
    [
      'Alexander Azarov said supporters on the ground carry out attacks.',
      ['Alexander Azarov: supporters on the ground carry out attacks'],
    ],
    [
      'Oleksiy Aristovich wrote on Facebook that “the defenders are still there,” according to Reuters.',
      ['Oleksiy Aristovich: “the defenders are still there,”'],
    ],
    [
      'Defence minister Sergei Shoigu, who had earlier told Putin that 2,000 fighters were hiding, left.',
      ['Sergei Shoigu: 2,000 fighters were hiding, left'],
    ],
    [
      'In turn, the Ukrainian prime minister said we needed more weapons.',
      ['~the Ukrainian prime minister: we needed more weapons'],
    ],
    ['Activists said dozens of workers were arrested.', ['~Activists: dozens of workers were arrested']],
    ['Berlin defended it and insisted that the goods were civilian.', ['~Berlin: the goods were civilian']],
    // a name that only qualifies the speaker: "Putin’s spokesman", "a spokesman for Gazprom"
    [
      'Vladimir Putin’s spokesman said the plan was dead.',
      ['~Vladimir Putin’s spokesman: the plan was dead'],
    ],
    [
      'The Azerbaijani president, Ilham Aliyev, said at the ceremony that the project was a bridge.',
      ['Ilham Aliyev: the project was a bridge'],
    ],
    // must not fire: sources are not speakers, and words that only look like speech
    ['A European analysis has revealed that France sold arms to Russia.', []],
    ['The report said that the network was large.', []],
    ['According to a report by the Washington Post, saboteurs stopped trains.', []],
    ['The so-called plan was never published.', []],
    ['It is said to be the largest plant in Europe.', []],
    ['He was told to leave the country.', []],
    ['Protesters blocked roads in several states, including Parana.', []],
    ['The officials have not said why the team was denied visas.', []],
    ['Russian forces surrounded the factory in early March.', []],
    ['Berlin sold € 121m worth of “dual-use” equipment to Moscow.', []],
  ])('%s', (text, expected) => {
    expect(quotesOf([text])).toEqual(expected);
  });
});

describe('inverted and participle speech', () => {
  it.each<[string, string[]]>([
    [
      'Five attacks almost stopped trains, said Sergei Vojtkovic, a former railway worker.',
      ['Sergei Vojtkovic: Five attacks almost stopped trains'],
    ],
    [
      'Three groups took part, said Alexander Azarov, a former official who heads the People, said.',
      ['Alexander Azarov: Three groups took part'],
    ],
    ['“We will not give up the city,” the mayor said.', ['~the mayor: “We will not give up the city,”']],
    [
      'Vladimir Putin ordered his forces to cancel the assault, saying he would rather tighten the siege.',
      ['Vladimir Putin: he would rather tighten the siege'],
    ],
    // must not fire: a participle that does not speak, a verb after a clause
    ['The ministry renamed the agency, adding the words “and Emergency” to its name.', []],
    ['The general extended the emergency, delaying the elections promised for August.', []],
  ])('%s', (text, expected) => {
    expect(quotesOf([text])).toEqual(expected);
  });
});

describe('pronouns', () => {
  it('takes the speaker of the paragraph before', () => {
    expect(
      quotesOf([
        'Vladimir Putin met Joe Biden. The Ukrainian prime minister said the talks were useless.',
        'He added that more sanctions should follow.',
      ]),
    ).toEqual([
      '~The Ukrainian prime minister: the talks were useless',
      '~The Ukrainian prime minister: more sanctions should follow',
    ]);
  });
  it('takes the last person named when nobody spoke before', () => {
    expect(quotesOf(['Sergei Shoigu visited the front.', 'He said that the troops were ready.'])).toEqual([
      'Sergei Shoigu: the troops were ready',
    ]);
  });
  it('drops an "it" with no organization to refer to', () => {
    expect(quotesOf(['It said that the plant was closed.'])).toEqual([]);
  });
});

describe('splitSentences', () => {
  it.each<[string, string[]]>([
    ['One. Two.', ['One.', 'Two.']],
    ['He unveiled. that the forces were trying.', ['He unveiled. that the forces were trying.']],
    ['“We fight. We win,” he said. Then he left.', ['“We fight. We win,” he said.', 'Then he left.']],
    ['said lt.col. Alexander Azarov. Next.', ['said lt.col. Alexander Azarov.', 'Next.']],
    ['Mr. Smith arrived. He spoke.', ['Mr. Smith arrived.', 'He spoke.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
