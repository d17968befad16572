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
});
