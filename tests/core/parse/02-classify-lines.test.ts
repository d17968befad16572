import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/core/parse/01-split-lines.ts';
import { classifyLines, type LineKind } from '../../../src/core/parse/02-classify-lines.ts';

describe('classifyLines', () => {
  it.each<[string, LineKind, string]>([
    ['', 'blank', ''],
    ['# Talks resume', 'headline', 'Talks resume'],
    ['## the sticking points', 'subheading', 'the sticking points'],
    ['Leave a Comment', 'boilerplate', 'Leave a Comment'],
    ['strategic goal', 'heading', 'strategic goal'],
    [
      'Russian forces surrounded the factory in early March.',
      'text',
      'Russian forces surrounded the factory in early March.',
    ],
    // a hashtag is not an outline marker
    ['#Ukraine trending', 'heading', '#Ukraine trending'],
  ])('%j', (line, kind, text) => {
    const [classified] = classifyLines(splitLines(line === '' ? '\n' : line));
    expect(classified).toEqual({ line: 1, kind, text });
  });

  it('reads the links under a header of links as furniture, up to a blank line', () => {
    const text =
      'Related stories\nPorts strike ends after two weeks\nFishermen protest new quotas\n\nTalks resume in Vienna';
    expect(classifyLines(splitLines(text)).map((l) => l.kind)).toEqual([
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'blank',
      'heading',
    ]);
  });

  it('leaves the lines under other furniture alone', () => {
    const text = 'Advertisement\nTalks resume in Vienna';
    expect(classifyLines(splitLines(text)).map((l) => l.kind)).toEqual(['boilerplate', 'heading']);
  });

  it('reads a short statement between blank lines as a heading, not inside a paragraph', () => {
    const alone = 'Rates held.\n\nThe central bank is in no hurry.\n\nAnalysts agree.';
    expect(classifyLines(splitLines(alone)).map((l) => l.kind)).toEqual([
      'text',
      'blank',
      'heading',
      'blank',
      'text',
    ]);
    const inside = 'Rates held.\nThe central bank is in no hurry.\nAnalysts agree.';
    expect(classifyLines(splitLines(inside)).map((l) => l.kind)).toEqual(['text', 'text', 'text']);
  });

  it('reads a question with its answer between blank lines as a heading, not inside a paragraph', () => {
    const line = 'Is the pool closing for good? The council postpones its decision.';
    expect(classifyLines(splitLines(`Rates held.\n\n${line}\n\nAnalysts agree.`)).map((l) => l.kind)).toEqual(
      ['text', 'blank', 'heading', 'blank', 'text'],
    );
    expect(classifyLines(splitLines(`Rates held.\n${line}\nAnalysts agree.`)).map((l) => l.kind)).toEqual([
      'text',
      'text',
      'text',
    ]);
  });
});
