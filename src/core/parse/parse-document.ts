import type { BoilerplateLine, Diagnostic, ParsedDocument } from '../schema.ts';
import { normalizeText } from '../text/normalize-text.ts';
import { slugify } from '../text/slugify.ts';
import { splitLines } from './01-split-lines.ts';
import { classifyLines, type ClassifiedLine } from './02-classify-lines.ts';
import { groupBlocks, type Unit } from './03-group-blocks.ts';
import { findHeadlines } from './04-find-headlines.ts';
import { buildStories } from './05-build-stories.ts';
import { findSources } from './06-find-sources.ts';
import type { StructureWeights } from './headline-score.ts';

/** Options for `parseDocument`. */
export interface ParseOptions {
  /** The path as given, kept in `ParsedDocument.source` and in diagnostics. */
  source: string;
  /** Document id; defaults to the slug of the file name without extension. */
  id?: string;
  /** Weights of the headline model instead of the calibrated ones (for calibration). */
  model?: StructureWeights;
}

/**
 * Parses one digest's text into stories → sections → paragraphs with source lines, setting boilerplate aside.
 * The text is normalized first (`normalizeText`), which keeps line numbers; pure and linear in the text's length.
 */
export function parseDocument(text: string, options: ParseOptions): ParsedDocument {
  let lines: ClassifiedLine[] | null = classifyLines(splitLines(normalizeText(text)));
  const lineCount = lines.length;
  const boilerplate: BoilerplateLine[] = lines
    .filter((l) => l.kind === 'boilerplate')
    .map((l) => ({ line: l.line, text: l.text }));
  // each stage's records are let go as soon as the next stage has read them: a digest of a million short lines
  // held all of them at once, four times the size of its stories
  let units: Unit[] | null = groupBlocks(lines);
  lines = null;
  const reading = findHeadlines(units, { model: options.model });
  units = null;
  const stories = findSources(buildStories(reading));
  const warnings: Diagnostic[] =
    stories.length === 0
      ? [{ file: options.source, line: null, message: 'empty digest', severity: 'warning' }]
      : [];
  return {
    id: options.id ?? documentId(options.source),
    source: options.source,
    stories,
    boilerplate,
    warnings,
    lineCount,
  };
}

/** The slug of the file name without its extension: "seeds/000_afe5c047c713dffb.txt" → "000-afe5c047c713dffb". */
function documentId(source: string): string {
  const name = source.slice(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return slugify(dot > 0 ? name.slice(0, dot) : name, 'digest');
}
