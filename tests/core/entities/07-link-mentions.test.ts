import { describe, expect, it } from 'vitest';
import { mergeAliases } from '../../../src/core/entities/06-merge-aliases.ts';
import { linkMentions, type FormLookup } from '../../../src/core/entities/07-link-mentions.ts';
import { textsOf } from './alias/texts-of.ts';

/** "surface→entity id/rule" of the mentions step 7 makes, text by text. */
function step7(paragraphs: readonly string[], more?: FormLookup): string[] {
  const texts = textsOf(paragraphs);
  return linkMentions(texts, mergeAliases(texts), more).flatMap((ms, i) =>
    ms.map((m) => `${texts[i]!.doc.text.slice(m.start, m.end)}→${m.entityId}/${m.rule}`),
  );
}

describe('linkMentions (step 7): candidates become mentions, and the sweep finds forms met elsewhere', () => {
  it.each<[string, string[], string[]]>([
    [
      'a surname no rule found, after the full name',
      ['Russian President Vladimir Putin has ordered.', 'Then Putin left.'],
      ['Vladimir Putin→person:vladimir-putin/context:title', 'Putin→person:vladimir-putin/alias:surname'],
    ],
    [
      'a name first found by a cue word, again at a sentence start',
      ['except the Azovstal factory.', 'Azovstal is a steel factory.'],
      ['Azovstal→place:azovstal/cue:facility', 'Azovstal→place:azovstal/alias:repeat'],
    ],
    [
      'a particle joined by a hyphen starts a name in lower case',
      ['The army killed Tayseer al-Jabari, a commander.', 'Egypt spoke with al-Jabari.'],
      [
        'Tayseer al-Jabari→person:tayseer-al-jabari/context:apposition',
        'Egypt→place:egypt/gazetteer:country',
        'al-Jabari→person:tayseer-al-jabari/alias:surname',
      ],
    ],
    [
      // must not fire: a lower-case word is no form, however it is spelled
      'lower-case words',
      ['Russian President Vladimir Putin has ordered.', 'They read putin as a verb.'],
      ['Vladimir Putin→person:vladimir-putin/context:title'],
    ],
    [
      // must not fire: a surname two people share
      'a shared surname',
      ['said Sergei Ivanov, a former minister.', 'said Igor Ivanov, a diplomat.', 'Then Ivanov left.'],
      [
        'Sergei Ivanov→person:sergei-ivanov/lexicon:given-name',
        'Igor Ivanov→person:igor-ivanov/lexicon:given-name',
      ],
    ],
  ])('%s', (_label, paragraphs, expected) => expect(step7(paragraphs)).toEqual(expected));

  it('asks the corpus for forms the document does not hold', () => {
    const more: FormLookup = (key) =>
      key === 'putin' ? { entityId: 'person:vladimir-putin', rule: 'alias:corpus-surname' } : undefined;
    expect(step7(['Then Putin left.'], more)).toEqual(['Putin→person:vladimir-putin/alias:corpus-surname']);
    expect(step7(['Then Putin left.'])).toEqual([]);
  });
});
