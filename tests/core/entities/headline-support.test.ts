import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/entities/01-tokenize.ts';
import { matchGazetteer } from '../../../src/core/entities/02-gazetteer.ts';
import { matchContextRules } from '../../../src/core/entities/03-context-rules.ts';
import { resolveOverlaps } from '../../../src/core/entities/05-resolve-overlaps.ts';
import { headlineSupport } from '../../../src/core/entities/headline-support.ts';
import { truecaseHeadline } from '../../../src/core/entities/truecase-headline.ts';
import { isTitleCase } from '../../../src/core/entities/rules/cut-name-guard.ts';
import { show } from './rule-spans.ts';
import { annotateCorpus } from '../../../src/core/entities/annotate-corpus.ts';
import { parseDocument } from '../../../src/core/parse/parse-document.ts';

/** The headline read as annotate-corpus reads it: with the body's case, then kept where the body supports it. */
const supported = (headline: string, body: string): string[] => {
  const original = tokenize(headline);
  const doc = truecaseHeadline(original, [tokenize(body)]);
  const known = matchGazetteer(doc);
  const candidates = resolveOverlaps(known.concat(matchContextRules(doc, known)));
  return show(doc, headlineSupport({ doc, candidates }, body, isTitleCase(original.tokens)).candidates);
};

describe('headlineSupport', () => {
  it.each<[string, string, string[]]>([
    // a Title-Case headline: names the body writes stay, runs of capitals it does not are dropped, known places stay
    [
      'Opposition Leader Sent To Pretrial Detention In Minsk',
      'A court in Minsk sent the opposition leader to pretrial detention.',
      ['Minsk/place'],
    ],
    // a person read from a given name only, whose words the body writes whole, is left to the body's reading
    [
      'Protesters Clash With Police As Ivan Petrov Says He Will Stay',
      'Ivan Petrov, the mayor, said he would stay.',
      [],
    ],
    // a person the body writes only in part has no support, as before
    [
      'Protesters Clash With Police As Ivan Petrov Says He Will Stay',
      'Petrov, the mayor, said he would stay.',
      [],
    ],
    // must not drop: a person read from a title, not a given name alone
    [
      'Crowds Cheer As President Ivan Petrov Says He Will Stay',
      'Ivan Petrov, the mayor, said he would stay.',
      ['Ivan Petrov/person'],
    ],
    // true-casing lowers most words ("drones", "energy facility"); the headline was still Title Case
    [
      'Mayor: Russian Drones Hit Energy Facility In Sumy',
      'Drones struck an energy facility in Sumy, the National Energy Regulator said.',
      ['Sumy/place'],
    ],
    // must not drop: a headline in sentence case keeps its reading
    [
      'Opposition leader Sergei Tikhanovsky sent to detention',
      'The court ruled on Monday.',
      ['Sergei Tikhanovsky/person'],
    ],
  ])('%s', (headline, body, expected) => expect(supported(headline, body)).toEqual(expected));

  it("links a headline's words to the body's reading of them", () => {
    const text = [
      'Protesters Clash With Police As Ivan Petrov Says He Will Stay',
      '',
      'Ivan Petrov, the mayor, said he would stay.',
      '',
      '',
      'River Vale Beat Atletico Sur In Lima',
      '',
      'River Vale beat Atletico Sur 2-0 on Sunday in Lima.',
      '',
    ].join('\n');
    const corpus = annotateCorpus([parseDocument(text, { source: 'h.txt' })]);
    const typeOf = new Map(corpus.entities.map((e) => [e.id, e.type]));
    const titles = (corpus.documents[0]?.stories ?? []).map((s) =>
      s.titleMentions.map((m) => `${s.title.slice(m.start, m.end)}/${typeOf.get(m.entityId) ?? '?'}`),
    );
    expect(titles).toEqual([
      ['Ivan Petrov/person'],
      ['River Vale/organization', 'Atletico Sur/organization', 'Lima/place'],
    ]);
  });
});
