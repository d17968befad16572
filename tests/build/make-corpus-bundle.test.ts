import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/core/bundle/hash-text.ts';
import { makeCorpusBundle } from '../../src/core/bundle/make-corpus-bundle.ts';
import type { Corpus, Entity, Mention, Paragraph, Story } from '../../src/core/schema.ts';

const entity = (id: string, name: string): Entity => ({
  id,
  type: 'place',
  name,
  aliases: [name],
  mentionCount: 0,
  demonyms: [],
  coordinates: null,
  value: null,
});

/** A mention of `entityId` covering `form` in `text` (first occurrence). */
const mention = (text: string, form: string, entityId: string): Mention => {
  const start = text.indexOf(form);
  return { start, end: start + form.length, entityId, rule: 'test' };
};

const paragraph = (line: number, text: string, ids: [string, string][] = []): Paragraph => ({
  id: `p-${line}`,
  line,
  text,
  mentions: ids.map(([form, id]) => mention(text, form, id)),
  quotes: [],
});

const story = (
  id: string,
  title: string,
  sections: Story['sections'],
  titleMentions: Mention[] = [],
): Story => ({
  id,
  title,
  line: 1,
  source: null,
  titleMentions,
  sections,
});

function sampleCorpus(): Corpus {
  const kyiv = entity('place:kyiv', 'Kyiv');
  const paris = entity('place:paris', 'Paris');
  const unused = entity('place:oslo', 'Oslo');
  const first = story(
    'kyiv-story',
    'Kyiv talks',
    [
      {
        id: 'lead',
        heading: null,
        line: 3,
        headingMentions: [],
        paragraphs: [
          paragraph(3, 'Talks in Kyiv went on. Paris watched.', [
            ['Kyiv', 'place:kyiv'],
            ['Paris', 'place:paris'],
          ]),
          paragraph(5, 'Nothing named here.'),
        ],
      },
      {
        id: 'more',
        heading: 'More',
        line: 7,
        headingMentions: [],
        paragraphs: [
          paragraph(8, 'Kyiv again, and Kyiv once more, with Paris.', [
            ['Paris', 'place:paris'],
            ['Kyiv', 'place:kyiv'],
          ]),
        ],
      },
    ],
    [mention('Kyiv talks', 'Kyiv', 'place:kyiv')],
  );
  const second = story('paris-story', 'Paris report', [
    {
      id: 'lead',
      heading: null,
      line: 12,
      headingMentions: [],
      paragraphs: [paragraph(12, 'Paris said so. A ghost entity too.', [['ghost', 'place:not-in-corpus']])],
    },
  ]);
  second.titleMentions = [mention('Paris report', 'Paris', 'place:paris')];
  return {
    documents: [
      { id: 'a', source: 'seeds/a.txt', stories: [first], boilerplate: [], warnings: [], lineCount: 9 },
      {
        id: 'b',
        source: 'seeds/b.txt',
        stories: [second],
        boilerplate: [{ line: 14, text: 'Leave a Comment' }],
        warnings: [{ file: 'seeds/b.txt', line: 2, message: 'x', severity: 'warning' }],
        lineCount: 14,
      },
    ],
    entities: [kyiv, paris, unused],
  };
}

describe('makeCorpusBundle', () => {
  const { index, bodies } = makeCorpusBundle(sampleCorpus());

  it('lists every story in corpus order with its document', () => {
    expect(index.stories.map((s) => [s.id, s.documentId])).toEqual([
      ['kyiv-story', 'a'],
      ['paris-story', 'b'],
    ]);
    expect(index.documents.map((d) => [d.id, d.storyIds])).toEqual([
      ['a', ['kyiv-story']],
      ['b', ['paris-story']],
    ]);
    expect(index.documents[1]?.boilerplate).toEqual([{ line: 14, text: 'Leave a Comment' }]);
    expect(index.documents[1]?.warnings).toHaveLength(1);
  });

  it('gives paragraph entities as sorted, distinct indexes into index.entities, in reading order', () => {
    const [kyivStory, parisStory] = index.stories;
    expect(kyivStory?.paragraphIds).toEqual(['p-3', 'p-5', 'p-8']);
    expect(kyivStory?.paragraphEntities).toEqual([[0, 1], [], [0, 1]]);
    // a mention of an entity the corpus does not list is skipped, not an index of -1
    expect(parisStory?.paragraphEntities).toEqual([[]]);
    for (const story of index.stories) {
      for (const indexes of story.paragraphEntities) {
        for (const i of indexes) expect(index.entities[i]).toBeDefined();
      }
    }
  });

  it('counts the stories each entity is mentioned in, title included', () => {
    expect(index.entities.map((e) => [e.id, e.storyCount])).toEqual([
      ['place:kyiv', 1],
      ['place:paris', 2],
      ['place:oslo', 0],
    ]);
  });

  it('summarizes sections, first sentence, words and minutes', () => {
    const summary = index.stories[0];
    expect(summary?.sections).toEqual([
      { id: 'lead', heading: null, line: 3, headingMentions: [], paragraphCount: 2 },
      { id: 'more', heading: 'More', line: 7, headingMentions: [], paragraphCount: 1 },
    ]);
    expect(summary?.firstSentence).toBe('Talks in Kyiv went on.');
    expect(summary?.wordCount).toBe(7 + 3 + 8);
    expect(summary?.readingMinutes).toBe(1);
  });

  it('names each body by the hash of its JSON', () => {
    expect(bodies.map((b) => b.id)).toEqual(['kyiv-story', 'paris-story']);
    bodies.forEach((body, i) => {
      expect(index.stories[i]?.chunk).toBe(`corpus/${hashText(JSON.stringify(body))}.json`);
      expect(body.story.id).toBe(body.id);
    });
  });

  it('serves mentions and quotes without their rule, in bodies and in the index, and leaves the corpus as it was', () => {
    const corpus = sampleCorpus();
    const quote = { start: 0, end: 5, speaker: { entityId: null, text: 'Paris' }, rule: 'quote:reported' };
    corpus.documents[1]?.stories[0]?.sections[0]?.paragraphs[0]?.quotes.push(quote);
    const served = makeCorpusBundle(corpus);
    expect(served.bodies[1]?.story.sections[0]?.paragraphs[0]?.quotes).toEqual([
      { start: 0, end: 5, speaker: { entityId: null, text: 'Paris' } },
    ]);
    const body = served.bodies[0]?.story;
    expect(body?.titleMentions).toEqual([{ start: 0, end: 4, entityId: 'place:kyiv' }]);
    expect(body?.sections[0]?.paragraphs[0]?.mentions).toEqual([
      { start: 9, end: 13, entityId: 'place:kyiv' },
      { start: 23, end: 28, entityId: 'place:paris' },
    ]);
    expect(served.index.stories[1]?.titleMentions).toEqual([{ start: 0, end: 5, entityId: 'place:paris' }]);
    expect(JSON.stringify(served.bodies)).not.toContain('"rule"');
    expect(JSON.stringify(served.index)).not.toContain('"rule"');
    // the CLI writes the corpus itself after bundling: its rules must survive for tracing
    expect(corpus.documents[0]?.stories[0]?.titleMentions[0]?.rule).toBe('test');
    expect(quote.rule).toBe('quote:reported');
  });

  it('is deterministic, and its version changes with any paragraph while untouched chunks keep their URL', () => {
    const again = makeCorpusBundle(sampleCorpus());
    expect(again.index.version).toBe(index.version);
    expect(index.version).toMatch(/^[0-9a-f]{16}$/);

    const edited = sampleCorpus();
    const p = edited.documents[1]?.stories[0]?.sections[0]?.paragraphs[0];
    if (!p) throw new Error('fixture changed');
    p.text = p.text.replace('said so', 'said no');
    const changed = makeCorpusBundle(edited);
    expect(changed.index.version).not.toBe(index.version);
    expect(changed.index.stories[0]?.chunk).toBe(index.stories[0]?.chunk);
    expect(changed.index.stories[1]?.chunk).not.toBe(index.stories[1]?.chunk);
  });

  it('handles an empty corpus', () => {
    const empty = makeCorpusBundle({ documents: [], entities: [] });
    expect(empty.bodies).toEqual([]);
    expect(empty.index.stories).toEqual([]);
    expect(empty.index.version).toMatch(/^[0-9a-f]{16}$/);
  });

  it('keeps a story without paragraphs listable', () => {
    const bare = makeCorpusBundle({
      documents: [
        {
          id: 'd',
          source: 'd.txt',
          stories: [story('s', 'Only a headline', [])],
          boilerplate: [],
          warnings: [],
          lineCount: 1,
        },
      ],
      entities: [],
    });
    expect(bare.index.stories[0]).toMatchObject({
      firstSentence: '',
      wordCount: 0,
      readingMinutes: 1,
      paragraphEntities: [],
    });
  });
});
