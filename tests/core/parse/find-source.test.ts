import { describe, expect, it } from 'vitest';
import { findSource } from '../../../src/core/parse/find-source.ts';

describe('findSource', () => {
  it.each<[string, string]>([
    ['Al-Madina News: While the world’s eyes are still focused on the city …', 'Al-Madina News'],
    ['(AFP) - Pope Francis on Sunday renewed his appeal …', 'AFP'],
    ['LONDON (Reuters) - The Bank of England kept interest rates …', 'Reuters'],
    ['Kyiv, April 5 (Reuters) — Ukraine’s air defences shot down …', 'Reuters'],
    ['Washington, D.C. (AP) – The Senate voted …', 'AP'],
    ['Anadolu Agency: The Libyan Red Crescent announced …', 'Anadolu Agency'],
    ['Tehran - Al-Alam Network: The head of the Atomic Energy Organization …', 'Al-Alam Network'],
    ['Reuters: The company said on Monday …', 'Reuters'],
    ['Voice of America Radio: The talks …', 'Voice of America Radio'],
    ['Rio Grande do Sul - Globo News: At least 39 people …', 'Globo News'],
    ['Cairo – Al-Ahram: Egypt announced on Sunday …', 'Al-Ahram'],
  ])('%j → %j', (paragraph, name) => {
    const source = findSource(paragraph);
    expect(source?.name).toBe(name);
    expect(source && paragraph.slice(source.start, source.end)).toBe(name);
  });

  it.each<[string]>([
    ['He said: “We will not give up.”'],
    ['Note: this report was updated with the vote breakdown.'],
    ['Breaking News: the talks have collapsed.'],
    ['President Joe Biden: a new chapter'],
    ['Zelensky’s adviser: Russian forces attempt to storm Azovstal'],
    ['The minister met the envoy (UN) - and the talks went on.'],
    ['The decision (announced on Monday) - a surprise to many - was welcomed.'],
    ['Russia: the war goes on'],
    ['Cairo – he said: the talks failed'],
    ['Hanoi: The Vietnamese carmaker announced …'],
    [`${'A very long opening without any colon in the first part '.repeat(3)}News: no`],
    ['Al-Madina News:'],
    [''],
  ])('does not fire on %j', (paragraph) => {
    expect(findSource(paragraph)).toBeNull();
  });
});
