import { describe, expect, it } from 'vitest';
import { digestToPages, escapeMarkdown } from '../../bench/vitepress-site.ts';
import { parseDocument } from '../../src/core/parse/parse-document.ts';

describe('escapeMarkdown', () => {
  it.each([
    ['plain text stays', 'Kyiv, 24 February', 'Kyiv, 24 February'],
    ['Vue interpolation', 'a {{ b }}', 'a &#123;&#123; b &#125;&#125;'],
    ['HTML', '<b>AT&T</b>', '&lt;b&gt;AT&amp;T&lt;/b&gt;'],
    ['emphasis and links', '*Reuters* [1]', '\\*Reuters\\* \\[1\\]'],
    ['a heading mark at the start', '# 3 killed', '\\# 3 killed'],
    ['a list mark at the start', '- no', '\\- no'],
    ['an ordered list mark at the start', '1. first', '\\1. first'],
    ['a dash inside a line stays', 'Kyiv - Reuters', 'Kyiv - Reuters'],
  ])('%s', (_label, text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('digestToPages', () => {
  const text = [
    'First headline here',
    '',
    'Lead paragraph of the first story, long enough to read as a body.',
    '',
    'A sub-heading',
    '',
    'A paragraph under the sub-heading, long enough to be a paragraph.',
    '',
    '',
    'Second headline here',
    '',
    'Body of the second story, again long enough to be read as a body.',
    '',
  ].join('\n');
  const document = parseDocument(text, { source: 'd.txt' });
  const pages = digestToPages(document, 'Digest');

  it('writes an index page linking each story page, then one page per story', () => {
    expect(pages.map((p) => p.file)).toEqual(['index.md', ...document.stories.map((s) => `${s.id}.md`)]);
    for (const story of document.stories) expect(pages[0]?.markdown).toContain(`](./${story.id})`);
  });

  it('gives a story page its headline as `#` and each sub-heading as `##`', () => {
    const story = document.stories[0];
    const page = pages[1]?.markdown ?? '';
    expect(page.startsWith(`# ${story?.title ?? ''}\n`)).toBe(true);
    for (const section of story?.sections ?? [])
      if (section.heading !== null) expect(page).toContain(`\n## ${section.heading}\n`);
  });
});
