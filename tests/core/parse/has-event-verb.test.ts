import { describe, expect, it } from 'vitest';
import { hasEventVerb } from '../../../src/core/parse/has-event-verb.ts';

describe('hasEventVerb', () => {
  it.each<[string, boolean]>([
    ['Sensitive Canadian document found on rainy streets', true],
    ['New Zealand begins process to consider changing national flag design', true],
    ['Pop culture celebrated at Fan Expo Canada 2016 in Toronto', true],
    ['At least 107 killed in Mecca crane collapse', true],
    ['Germany sold millions of euros worth of equipment', true],
    ['Swiss voters approved climate law', true],
    ['Swiss voters approve climate law in referendum', true],
    ['Egypt hosts talks between Sudanese civilian groups', true],
    ['Kenyan runner sets new marathon world record', true],
    ['Volkswagen to cut jobs at Zwickau plant', true],
    ['Shein files for London listing', true],
    ['Will the ceasefire in Sudan hold?', true],
    // must not fire: topics, nouns that look like verb forms
    ['Cosplay celebration of craftsmanship and characters', false],
    ['Displays of charity at event', false],
    ['strategic goal', false],
    ['The arms of the rebels', false],
    ['Hundred days of the new government', false],
    ['Bombs of the last war', false],
    ['★', false],
    ['Voices from the border', false],
    ['Stage results', false],
    ['Reactions from rivals', false],
  ])('%j → %s', (text, expected) => {
    expect(hasEventVerb(text)).toBe(expected);
  });
});
