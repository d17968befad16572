import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { nameChunks } from '../../../../src/core/entities/rules/name-chunks.ts';

const runs = (text: string): string[] => {
  const doc = tokenize(text);
  return nameChunks(doc).map((ch) => {
    const a = doc.tokens[ch.first];
    const b = doc.tokens[ch.last - 1];
    return a && b ? text.slice(a.start, b.end) : '';
  });
};

describe('nameChunks', () => {
  it.each<[string, string[]]>([
    // Romance particles and articles inside a name
    ['at the Banco de Credito del Peru warned', ['Banco de Credito del Peru']],
    ['The Defensoría del Pueblo counted', ['Defensoría del Pueblo']],
    ['the Banco de la Nación said', ['Banco de la Nación']],
    // "and" inside an organization's name
    ['the Georgian Oil and Gas Corporation would', ['Georgian Oil and Gas Corporation']],
    ['the Ministry of Energy and Mines would', ['Ministry of Energy and Mines']],
    // must not join: a known place, a person, two names listed, a possessive after
    ['the Ministry of Finance and Vietnam agreed', ['Ministry of Finance', 'Vietnam']],
    ['the Ministry of Health and Sergei Ivanov', ['Ministry of Health', 'Sergei Ivanov']],
    ['Azerbaijan and Turkmenistan signed', ['Azerbaijan', 'Turkmenistan']],
    ['Criticism of Germany and France', ['Criticism', 'Germany', 'France']],
  ])('%s', (text, expected) => expect(runs(text)).toEqual(expected));
});
