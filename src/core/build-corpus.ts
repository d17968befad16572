import { annotateCorpus } from './entities/annotate-corpus.ts';
import { parseDocument } from './parse/parse-document.ts';
import type { Corpus, Diagnostic, ParsedDocument } from './schema.ts';
import { slugify } from './text/slugify.ts';

/** One digest's decoded text and the path it is known by (as given, or relative to the project). */
export interface DigestFile {
  source: string;
  text: string;
  /** Caveats from decoding the bytes (e.g. read as Windows-1252), kept with the document's warnings. */
  warnings?: readonly Diagnostic[];
}

/** Options for `buildCorpus`. */
export interface BuildCorpusOptions {
  /**
   * Parses one file; defaults to `parseDocument`. The dev server passes a memoized one so that a change to
   * one seed re-parses only that seed (entity merging is corpus-wide, so annotation always re-runs).
   */
  parse?: (file: DigestFile, id: string) => ParsedDocument;
}

/** Parses, de-duplicates story ids across, and annotates a set of digests into one corpus. */
export function buildCorpus(files: readonly DigestFile[], options: BuildCorpusOptions = {}): Corpus {
  const parse =
    options.parse ??
    ((file: DigestFile, id: string) => parseDocument(file.text, { source: file.source, id }));
  // Sorted by path so the corpus, its ids and its version hash do not depend on the order files were listed.
  const sorted = [...files].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
  const takenIds = new Set<string>();
  const parsed = sorted.map((file) => {
    const document = parse(file, uniqueId(documentSlug(file.source), takenIds));
    return withEmptyWarning(
      { ...document, warnings: [...(file.warnings ?? []), ...document.warnings] },
      file,
    );
  });
  return annotateCorpus(makeStoryIdsUnique(parsed));
}

/** The slug of a path's file name without its extension: "seeds/000_afe5.txt" → "000_afe5" → "000-afe5". */
function documentSlug(source: string): string {
  const name = source.split(/[\\/]/).pop() ?? source;
  return slugify(name.replace(/\.[^.]*$/, ''), 'digest');
}

/** `base`, or `base-2`, `base-3` … when taken ("a/x.txt" and "b/x.txt" are both "x"). */
function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** A digest with no stories always says why, even if the parser did not. */
function withEmptyWarning(document: ParsedDocument, file: DigestFile): ParsedDocument {
  if (document.stories.length > 0 || document.warnings.length > 0) return document;
  const message = file.text.trim() === '' ? 'empty digest' : 'no stories found';
  return { ...document, warnings: [{ file: file.source, line: null, message, severity: 'warning' }] };
}

/**
 * TRANSITIONAL local fallback until src/core/parse/make-story-ids-unique.ts lands: suffixes a story id
 * already taken in the corpus with -2, -3 … in document order.
 */
function makeStoryIdsUnique(documents: readonly ParsedDocument[]): ParsedDocument[] {
  const taken = new Set<string>();
  return documents.map((document) => ({
    ...document,
    stories: document.stories.map((story) => ({ ...story, id: uniqueId(story.id, taken) })),
  }));
}
