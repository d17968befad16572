import { annotateCorpus } from './entities/annotate-corpus.ts';
import { makeStoryIdsUnique } from './parse/make-story-ids-unique.ts';
import { parseDocument } from './parse/parse-document.ts';
import type { Corpus, Diagnostic, ParsedDocument } from './schema.ts';
import { slugify } from './text/slugify.ts';
import { uniqueSlug } from './text/unique-slug.ts';

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
    const document = parse(file, uniqueSlug(documentSlug(file.source), takenIds));
    return { ...document, warnings: [...(file.warnings ?? []), ...document.warnings] };
  });
  return annotateCorpus(makeStoryIdsUnique(parsed));
}

/** The slug of a path's file name without its extension: "seeds/000_afe5.txt" → "000_afe5" → "000-afe5". */
function documentSlug(source: string): string {
  const name = source.split(/[\\/]/).pop() ?? source;
  return slugify(name.replace(/\.[^.]*$/, ''), 'digest');
}
