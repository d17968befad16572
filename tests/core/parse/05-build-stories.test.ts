import { describe, expect, it } from 'vitest';
import type { ReadingUnit } from '../../../src/core/parse/04-find-headlines.ts';
import { buildStories } from '../../../src/core/parse/05-build-stories.ts';

const h = (line: number, text: string): ReadingUnit => ({ role: 'headline', line, text });
const s = (line: number, text: string): ReadingUnit => ({ role: 'subheading', line, text });
const p = (line: number, text = 'Body.'): ReadingUnit => ({ role: 'paragraph', line, text });

describe('buildStories', () => {
  it('makes a lead section, titled sections and p-<line> ids', () => {
    const [story] = buildStories([
      h(1, 'Talks resume'),
      p(3),
      p(5, 'Two\nlines.'),
      s(8, 'strategic goal'),
      p(9),
    ]);
    expect(story).toEqual({
      id: 'talks-resume',
      title: 'Talks resume',
      line: 1,
      source: null,
      sections: [
        {
          id: 'lead',
          heading: null,
          line: 3,
          paragraphs: [
            { id: 'p-3', line: 3, text: 'Body.' },
            { id: 'p-5', line: 5, text: 'Two\nlines.' },
          ],
        },
        {
          id: 'strategic-goal',
          heading: 'strategic goal',
          line: 8,
          paragraphs: [{ id: 'p-9', line: 9, text: 'Body.' }],
        },
      ],
    });
  });

  it.each<[string, ReadingUnit[], string[][]]>([
    ['duplicate headlines get -2', [h(1, 'Update'), p(2), h(3, 'Update'), p(4)], [['lead'], ['lead']]],
    [
      'a heading slugged "lead" does not take the lead id',
      [h(1, 'X'), p(2), s(3, 'Lead'), p(4)],
      [['lead', 'lead-2']],
    ],
    ['duplicate headings in a story', [h(1, 'X'), s(2, 'Aid'), p(3), s(4, 'aid'), p(5)], [['aid', 'aid-2']]],
    ['a story with no body has no sections', [h(1, 'X'), h(2, 'Y'), p(3)], [[], ['lead']]],
    ['a heading with no paragraphs is kept', [h(1, 'X'), s(2, 'a'), s(3, 'b'), p(4)], [['a', 'b']]],
  ])('%s', (_, units, sectionIds) => {
    const stories = buildStories(units);
    expect(stories.map((story) => story.sections.map((section) => section.id))).toEqual(sectionIds);
    expect(new Set(stories.map((story) => story.id)).size).toBe(stories.length);
  });
});
