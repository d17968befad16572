import { hashText } from '../bundle/hash-text.ts';

/**
 * The search term of an entity (`person:vladimir-putin` → `@3fperson:vladimir-putin`): its postings are the
 * paragraphs naming it, so the worker applies an entity filter from the shards alone. The `@` keeps it from
 * any query word (words are letters and digits); the two hex digits of its id's hash spread entities evenly over
 * the shards, where the id's own first letters would not (every date begins "date:20").
 */
export function entityTerm(id: string): string {
  return `@${hashText(id).slice(0, 2)}${id}`;
}
