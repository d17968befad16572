import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../../src/core/build-corpus.ts';
import { localDocumentId } from '../../../src/core/bundle/local-ids.ts';
import { makeLocalBundle } from '../../../src/core/bundle/make-local-bundle.ts';
import { mergeCorpusIndexes } from '../../../src/core/bundle/merge-corpus-indexes.ts';
import { makeCorpusBundle } from '../../../src/core/bundle/make-corpus-bundle.ts';
import { indexSearchDocuments } from '../../../src/core/search/index-search-documents.ts';
import { localSearchDocuments } from '../../../src/core/search/local-search-documents.ts';
import { mergeRawHits } from '../../../src/core/search/merge-raw-hits.ts';
import { resolveSearchHits } from '../../../src/core/search/resolve-search-hits.ts';
import { searchDocuments } from '../../../src/core/search/search-documents.ts';

const BUILT = 'Talks in Kyiv\n\nOfficials met in Kyiv on Monday.\n\nThey met again on Tuesday.\n';
const LOCAL =
  '# Floods in Porto\n\nRain fell on Porto for a week.\n\n## Aftermath\n\nThe river rose over the quay.\n';
const built = makeCorpusBundle(buildCorpus([{ source: 'built.txt', text: BUILT }]));
const id = localDocumentId(LOCAL);
const local = makeLocalBundle(buildCorpus([{ source: 'mine.txt', text: LOCAL }]), id);
const story = local.index.stories[0]!;

describe('local search documents', () => {
  test('one per headline, sub-heading and paragraph, named by story id, the same fields as the built ones', () => {
    const documents = localSearchDocuments(local.bodies);
    expect(documents).toEqual([
      { id: `${story.id}@`, title: 'Floods in Porto' },
      { id: `${story.id}@.0`, text: 'Rain fell on Porto for a week.' },
      { id: `${story.id}@#1`, heading: 'Aftermath' },
      { id: `${story.id}@.1`, text: 'The river rose over the quay.' },
    ]);
    // the same documents as the built index would make, ids aside
    const positional = searchDocuments(local.index, local.bodies);
    expect(documents.map(({ id: _, ...fields }) => fields)).toEqual(
      positional.map(({ id: _, ...fields }) => fields),
    );
  });

  test('placed in the merged index they resolve to the ids the built index would have given them', () => {
    const merged = mergeCorpusIndexes(built.index, [local.index]);
    const at = merged.stories.findIndex((s) => s.id === story.id);
    expect(at).toBe(built.index.stories.length);
    const raw = localSearchDocuments(local.bodies).map((d, i) => ({ id: d.id, score: 10 - i }));
    const expected = searchDocuments(merged, local.bodies).map((d, i) => ({ id: d.id, score: 10 - i }));
    expect(resolveSearchHits(merged, raw)).toEqual(expected);
    // built ids pass unchanged; a story the index does not list is dropped
    expect(resolveSearchHits(built.index, [{ id: '0.1', score: 2 }, ...raw])).toEqual([
      { id: '0.1', score: 2 },
    ]);
  });

  test('an in-memory engine over them answers like the built index does (prefix, typo, AND)', () => {
    const engine = indexSearchDocuments(localSearchDocuments(local.bodies));
    expect(engine.documentCount).toBe(4);
    expect(engine.search('port').map((h) => h.id)).toEqual(
      expect.arrayContaining([`${story.id}@`, `${story.id}@.0`]),
    );
    expect(engine.search('aftermth').map((h) => h.id)).toEqual([`${story.id}@#1`]);
    expect(engine.search('river porto')).toEqual([]);
  });
});

describe('mergeRawHits', () => {
  test('best first across lists; equal scores keep list order; one list is returned as is', () => {
    const a = [
      { id: 'a1', score: 5 },
      { id: 'a2', score: 1 },
    ];
    const b = [
      { id: 'b1', score: 5 },
      { id: 'b2', score: 3 },
    ];
    expect(mergeRawHits([a, b]).map((h) => h.id)).toEqual(['a1', 'b1', 'b2', 'a2']);
    expect(mergeRawHits([a, []])).toEqual(a);
    expect(mergeRawHits([[], []])).toEqual([]);
  });
});
