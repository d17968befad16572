import type { AnnotatedText, MergedDocument } from '../../../../src/core/entities/06-merge-aliases.ts';
import { mergeAliases } from '../../../../src/core/entities/06-merge-aliases.ts';
import { tokenize } from '../../../../src/core/entities/01-tokenize.ts';
import { annotateText } from '../../../../src/core/entities/annotate-corpus.ts';

/** Paragraphs of one document after steps 1–5, as step 6 receives them. */
export function textsOf(paragraphs: readonly string[]): AnnotatedText[] {
  return paragraphs.map((p) => annotateText(tokenize(p), null));
}

/** "surface/type/rule" of each candidate of each text. */
export function candidatesOf(texts: readonly AnnotatedText[]): string[] {
  return texts.flatMap((t) =>
    t.candidates
      .filter((c) => !c.value)
      .map((c) => `${t.doc.text.slice(c.start, c.end)}/${c.type}/${c.rule}`),
  );
}

/** "key→entity id" of the forms step 6 hands to step 7 that a rule made. */
export function formsBy(paragraphs: readonly string[], rule: string): string[] {
  const merged: MergedDocument = mergeAliases(textsOf(paragraphs));
  return [...merged.forms].filter(([, f]) => f.rule === rule).map(([k, f]) => `${k}→${f.entityId}`);
}
