import { describe, expect, it } from 'vitest';
import { outlineMarker, type OutlineMarker } from '../../../src/core/parse/outline-marker.ts';

describe('outlineMarker', () => {
  it.each<[string, OutlineMarker | null]>([
    ['# Talks resume in Vienna', { level: 1, title: 'Talks resume in Vienna' }],
    ['## the sticking points', { level: 2, title: 'the sticking points' }],
    ['### deeper still', { level: 2, title: 'deeper still' }],
    ['## Aid ##', { level: 2, title: 'Aid' }],
    ['#\tTabbed', { level: 1, title: 'Tabbed' }],
    // must not fire
    ['#Ukraine is trending', null],
    ['#', null],
    ['#   ', null],
    ['####### seven', null],
    ['No. 1 # of votes', null],
  ])('%j', (line, expected) => {
    expect(outlineMarker(line)).toEqual(expected);
  });
});
