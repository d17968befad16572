import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { matchGazetteer } from '../../../../src/core/entities/02-gazetteer.ts';
import { campusCommaRule } from '../../../../src/core/entities/rules/campus-comma-rule.ts';
import { nameChunks } from '../../../../src/core/entities/rules/name-chunks.ts';
import { show } from '../rule-spans.ts';

const campuses = (text: string): string[] => {
  const doc = tokenize(text);
  return show(doc, campusCommaRule(doc, nameChunks(doc), matchGazetteer(doc)));
};

describe('campusCommaRule', () => {
  it.each<[string, string[]]>([
    // a university named after a state, a comma, the city of its campus
    [
      'he taught at the University of California, Berkeley for years',
      ['University of California, Berkeley/organization'],
    ],
    ['a professor at University of Illinois, Chicago said', ['University of Illinois, Chicago/organization']],
    // must not fire: a university named after a city, a country after the comma, no comma, no university
    ['she studied at the University of Sheffield, Leeds and York', []],
    ['a lecturer at the University of Bavaria, Germany said', []],
    ['the University of California in Berkeley', []],
    ['the Bank of California, Berkeley branch', []],
  ])('%s', (text, expected) => expect(campuses(text)).toEqual(expected));
});
