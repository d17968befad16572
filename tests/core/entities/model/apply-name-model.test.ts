import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { matchGazetteer } from '../../../../src/core/entities/02-gazetteer.ts';
import { matchContextRules } from '../../../../src/core/entities/03-context-rules.ts';
import { applyNameModel } from '../../../../src/core/entities/model/apply-name-model.ts';
import type { NameModel } from '../../../../src/core/entities/model/classify-name.ts';
import { show } from '../rule-spans.ts';

/** A hand-made model, so the table tests how the model is applied, not what one training run learned. */
const TINY: NameModel = {
  header: {
    model: 'test',
    source: 'test',
    licence: 'test',
    trainedOn: 'test',
    threshold: 0.7,
    vetoThreshold: 0.8,
    extendThreshold: 0.9,
    vetoable: ['cue:acronym', 'context:in-x'],
  },
  classes: ['person', 'place', 'organization'],
  // weights per feature: person, place, organization ("not a name" is 0)
  features: [
    'w:halvorsen',
    'w:skanska',
    'w:weekly',
    'w:unless',
    'w:xiv',
    'w:mali',
    'w:however',
    'w:pretrial',
    'w:borussia',
    'w:fc',
  ],
  weights: [5, 0, 0, 0, 0, 5, 0, 0, 5, -5, -5, -5, -5, -5, -5, 0, 0, 5, 0, 5, 0, 0, 0, 5, 0, 0, 5, 0, 0, 1],
};

/** The rules' candidates of a text, then the model's reading of them. */
function run(text: string, model: NameModel = TINY): string[] {
  const doc = tokenize(text);
  const known = matchGazetteer(doc);
  const out = applyNameModel(doc, known.concat(matchContextRules(doc, known)), model);
  return [...out]
    .sort((a, b) => a.start - b.start)
    .map((c) => `${text.slice(c.start, c.end)}/${c.type}/${c.rule}`);
}

describe('applyNameModel', () => {
  it.each<[string, string[]]>([
    // a name no rule finds, typed by the model
    ['The game was made by Skanska last year.', ['Skanska/organization/model:name']],
    ['the deal was first reported by Harbour Weekly', ['Harbour Weekly/organization/model:name']],
    // a title before a person is left out of the name
    ['Mr. Halvorsen said the talks would resume.', ['Halvorsen/person/model:name']],
    // a weak rule's span the model is sure is no name is dropped: the acronym rule's "UNLESS", "in XIV"
    ['UNLESS the court rules otherwise, the ban stays.', []],
    ['The school was founded in XIV century.', []],
    // a gazetteer name is never retyped, even where the model would type it otherwise
    ['Troops left Mali in August.', ['Mali/place/gazetteer:country']],
    // a longer name over a gazetteer name inside it, when the model is sure ("Borussia Dortmund"), not when unsure
    [
      'Fans of Borussia Dortmund travelled to the final.',
      ['Borussia Dortmund/organization/model:name', 'Dortmund/place/gazetteer:city'],
    ],
    ['Fans of FC Dortmund travelled to the final.', ['Dortmund/place/gazetteer:city']],
    // must not fire: a function word opening a sentence, a weekday, a title-case headline
    ['However, the plan failed.', []],
    ['Monday was quiet.', []],
    ['Opposition Leader Sent To Pretrial Detention', ['Sent To Pretrial Detention/person/context:title']],
  ])('%s', (text, expected) => expect(run(text)).toEqual(expected));

  it('adds nothing below its threshold', () => {
    const shy: NameModel = { ...TINY, header: { ...TINY.header, threshold: 0.999 } };
    expect(run('The game was made by Skanska last year.', shy)).toEqual([]);
  });
});

describe('applyNameModel with the shipped weights', () => {
  it.each<[string, string[]]>([
    // a surname after "Mr." (its own run of capitals: the period ends the title's)
    ['Mr. Halvorsen said the talks would resume.', ['Halvorsen/person/model:name']],
    ['UNLESS the court rules otherwise, the ban stays.', []],
    ['Residents of the village complained about the noise.', []],
    ['Monday was quiet.', []],
    // a hyphened title leaves no "-General" behind
    ['the campaign launched by the Secretary-General on Monday', []],
  ])('%s', (text, expected) => {
    const doc = tokenize(text);
    const known = matchGazetteer(doc);
    const out = applyNameModel(doc, known.concat(matchContextRules(doc, known)));
    expect(
      show(
        doc,
        out.filter((c) => c.rule === 'model:name' || c.rule === 'cue:acronym'),
      ),
    ).toEqual(expected.map((e) => e.split('/').slice(0, 2).join('/')));
  });
});
