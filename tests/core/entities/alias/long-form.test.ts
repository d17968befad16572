import { describe, expect, it } from 'vitest';
import { bracketedAcronyms } from '../../../../src/core/entities/alias/bracketed-acronyms.ts';
import { longFormOf } from '../../../../src/core/entities/alias/long-form.ts';
import { textsOf } from './texts-of.ts';

describe('longFormOf: the long name an acronym stands for', () => {
  it.each<[string, string[], string[]]>([
    [
      'capitals written in brackets after the name',
      ['talks with the National Liberation Army (ELN) resumed.', 'The ELN agreed.'],
      ['ELN→National Liberation Army', 'ELN→National Liberation Army'],
    ],
    [
      'capitals spelling the initials of one organization',
      ['The Citizens Patriotic Party met.', 'CPP left.'],
      ['CPP→Citizens Patriotic Party'],
    ],
    [
      // must not fire: two organizations share the initials
      'two organizations with the initials',
      ['The Centre Progress Party and the Citizens Patriotic Party met.', 'CPP left.'],
      [],
    ],
    [
      // must not fire: two-letter initials are too common
      'two letters',
      ['The Citizens Party met.', 'CP left.'],
      [],
    ],
  ])('%s', (_label, paragraphs, expected) => {
    const texts = textsOf(paragraphs);
    const longForm = longFormOf(texts, bracketedAcronyms(texts));
    const out = texts.flatMap((t) =>
      t.candidates.flatMap((c) => {
        const long = longForm(c);
        return long ? [`${t.doc.text.slice(c.start, c.end)}→${long.name}`] : [];
      }),
    );
    expect(out).toEqual(expected);
  });
});
