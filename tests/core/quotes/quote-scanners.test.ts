import { describe, expect, it } from 'vitest';
import { wordsIn } from '../../../src/core/quotes/chunk-words.ts';
import { VERB_FORMS } from '../../../src/core/quotes/quote-words.ts';
import { speechVerbForms } from '../../../src/core/quotes/speech-verb-forms.ts';
import { splitSentences } from '../../../src/core/quotes/split-sentences.ts';
import type { Span } from '../../../src/core/quotes/statement.ts';

/** Texts with what the char-code scanners must read as the patterns do: accents, marks, astral letters, quotes. */
const TEXTS = [
  'Vladimir Putin said that the talks had failed, Azarov said.',
  '“We will fight,” said lt.col. Alexander Azarov of the U.S. Army’s 3rd brigade — on Monday.',
  'The so-called plan, she pointed out, was said-to-be dead; Said Ahmed saïd nothing.',
  'Zoë Brontë, São Paulo’s mayor, told reporters: “Ça va.” 𝐀𝐁 said 𝐂 pointed   out.',
  "Workers' rights... 2,000 people -- e.g. J. R. R. Tolkien -- said' it; said’s?",
  'Emoji 😀said 😀 and combining e\u0301 marks e\u0301said, non\u00a0breaking said\u00a0out.',
];

/** Every stretch of a text from a few starts to a few ends, including ones that cut a word or a surrogate pair. */
function spans(text: string): Span[] {
  const out: Span[] = [];
  for (let start = 0; start < text.length; start += 3)
    for (let end = start; end <= text.length; end += 7) out.push({ start, end });
  return out;
}

/** WORD as the rules used it, matched from `span.start` and cut at `span.end`. */
function wordsByPattern(text: string, span: Span, limit = Infinity) {
  const word = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}’'.-]*/gu;
  const out: { start: number; end: number; lower: string }[] = [];
  word.lastIndex = span.start;
  for (let m = word.exec(text); m !== null && m.index < span.end && out.length < limit; m = word.exec(text)) {
    let end = Math.min(m.index + m[0].length, span.end);
    while (end > m.index && /[.’'-]/u.test(text.charAt(end - 1))) end--;
    out.push({ start: m.index, end, lower: text.slice(m.index, end).toLowerCase() });
    if (m.index + m[0].length >= span.end) break;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The alternation of every form the verb finder stood for, longest first. */
const VERB = new RegExp(
  `(?<![\\p{L}\\p{N}’'-])(${VERB_FORMS.map((v) => escape(v.form)).join('|')})(?![\\p{L}\\p{N}’'-])`,
  'gu',
);

describe('wordsIn', () => {
  it.each<[string, Span, string[]]>([
    ['Azarov said, “U.S. forces’ plan.”', { start: 0, end: 33 }, ['azarov', 'said', 'u.s', 'forces', 'plan']],
    // a stretch that cuts a word reads its piece
    ['Alexander Azarov said', { start: 2, end: 12 }, ['exander', 'az']],
    // no word in punctuation and space
    ['“ — ” , ;', { start: 0, end: 9 }, []],
  ])('%s %j', (text, span, expected) => {
    expect(wordsIn(text, span).map((w) => w.lower)).toEqual(expected);
  });

  it('reads every stretch as the word pattern does, with and without a limit', () => {
    for (const text of TEXTS)
      for (const span of spans(text)) {
        expect(wordsIn(text, span)).toEqual(wordsByPattern(text, span));
        expect(wordsIn(text, span, 2)).toEqual(wordsByPattern(text, span, 2));
      }
  });
});

describe('speechVerbForms', () => {
  const forms = (text: string) =>
    speechVerbForms(text, { start: 0, end: text.length }).map((f) => f.verb.form);
  it.each<[string, string[]]>([
    ['Azarov said that it pointed out the risk, adding more.', ['said', 'pointed out', 'adding']],
    ['She pointed out that it failed.', ['pointed out']],
    // must not fire: a capital, a compound, a word going on, another case
    ['Said Ahmed met the so-called envoy; he re-said it, sayings and SAID.', []],
  ])('%s', (text, expected) => {
    expect(forms(text)).toEqual(expected);
  });

  it('finds what the alternation of all forms finds, in any stretch', () => {
    for (const text of TEXTS)
      for (const span of spans(text)) {
        const slice = text.slice(span.start, span.end);
        const expected = [...slice.matchAll(VERB)].map((m) => ({
          start: span.start + (m.index ?? 0),
          form: m[0],
        }));
        const found = speechVerbForms(text, span).map((f) => ({ start: f.start, form: f.verb.form }));
        expect(found).toEqual(expected);
      }
  });

  it('reads forms made of words and single spaces, as its lookup by first word needs', () => {
    for (const v of VERB_FORMS) expect(v.form).toMatch(/^[\p{L}\p{N}’'-]+(?: [\p{L}\p{N}’'-]+)*$/u);
  });
});

describe('splitSentences past ASCII', () => {
  it.each<[string, string[]]>([
    ['He left.\u00a0Then she came.', ['He left.', 'Then she came.']],
    ['Él dijo «Hola. Adiós» y salió. Ésta sí.', ['Él dijo «Hola. Adiós» y salió.', 'Ésta sí.']],
    ['The café’s owner left. “Next,” he said.', ['The café’s owner left.', '“Next,” he said.']],
    // an accented abbreviation-like word before a stop is read by the pattern: "Bogotá." ends a sentence
    ['He went to Bogotá. Then home.', ['He went to Bogotá.', 'Then home.']],
    ['Ask Dr. Zoë. Then go.', ['Ask Dr. Zoë.', 'Then go.']],
  ])('%s', (text, expected) => {
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });
});
