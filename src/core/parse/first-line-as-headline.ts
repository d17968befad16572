import type { Unit } from './03-group-blocks.ts';

/** "The first non-blank line is the headline anyway": a digest opening with body text gets its first line as title. */
export function firstLineAsHeadline(units: readonly Unit[]): Unit[] {
  const [first, ...rest] = units;
  if (!first || first.kind !== 'paragraph') return [...units];
  const [title = '', ...body] = first.lines;
  const headline: Unit = {
    kind: 'heading',
    line: first.line,
    lines: [title],
    attachedNext: body.length > 0 || first.attachedNext,
    blankBefore: first.blankBefore,
  };
  if (body.length === 0) return [headline, ...rest];
  return [
    headline,
    {
      kind: 'paragraph',
      line: first.line + 1,
      lines: body,
      attachedNext: first.attachedNext,
      blankBefore: 0,
    },
    ...rest,
  ];
}
