import type { ParsedDocument } from '../schema.ts';
import { slugify } from '../text/slugify.ts';

/** Options for `parseDocument`. */
export interface ParseOptions {
  /** The path as given, kept in `ParsedDocument.source`. */
  source: string;
  /** Document id; defaults to the slug of the file name without extension. */
  id?: string;
}

/**
 * Parses one digest's text into stories → sections → paragraphs with source lines.
 * TRANSITIONAL first cut (blank-line blocks, first block is the one headline); the parser owner replaces it.
 */
export function parseDocument(text: string, options: ParseOptions): ParsedDocument {
  const name = options.source.split(/[\\/]/).pop() ?? options.source;
  const id = options.id ?? slugify(name.replace(/\.[^.]*$/, ''), 'digest');
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: { line: number; text: string }[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim()) blocks.push({ line: i + 1, text: raw.trim() });
  });
  const [head, ...rest] = blocks;
  const stories = head
    ? [
        {
          id: slugify(head.text, 'story'),
          title: head.text,
          line: head.line,
          source: null,
          sections: [
            {
              id: 'lead',
              heading: null,
              line: rest[0]?.line ?? head.line,
              paragraphs: rest.map((b) => ({ id: `p-${b.line}`, line: b.line, text: b.text })),
            },
          ],
        },
      ]
    : [];
  return { id, source: options.source, stories, boilerplate: [], warnings: [], lineCount: lines.length };
}
