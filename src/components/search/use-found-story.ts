import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { summarizeStory } from '../../core/bundle/summarize-story.ts';
import type { StoryHits } from '../../core/search/group-hits.ts';
import { storyHits } from '../../core/search/story-hits.ts';
import { storyRefQueryOptions } from '../../data/search/story-ref-query-options.ts';
import { storyQueryOptions } from '../../data/story-query-options.ts';
import type { FoundStory } from './found-stories.ts';

/** A result's story as the list shows it: its hits, or still loading, or failed. */
export type FoundStoryState = { group: StoryHits } | { loading: true } | { error: Error };

// a summary from the body alone: the results read no entity positions from it
const NO_ENTITIES: ReadonlyMap<string, number> = new Map();

/**
 * The hits of a result's story. A story ranked by position fetches its block of the search index (its id and
 * body URL, shared by 32 stories) and its body, which the snippets load anyway, and summarizes it as the
 * build does: the headline, sections and paragraph ids come from the body, not from the corpus index.
 */
export function useFoundStory(found: FoundStory): FoundStoryState {
  const ranked = 'ranked' in found ? found : null;
  const ref = useQuery({
    ...storyRefQueryOptions(ranked?.blocks ?? { size: 1, files: [] }, ranked?.ranked.at ?? 0),
    enabled: ranked !== null,
  });
  const [id = '', chunk = '', documentId = ''] = ref.data ?? [];
  const body = useQuery({ ...storyQueryOptions({ id, chunk }), enabled: ref.data != null });
  const group = useMemo(() => {
    if (!ranked || !body.data) return null;
    const summary = summarizeStory(body.data.story, { documentId, entityIndex: NO_ENTITIES, chunk });
    return storyHits(summary, ranked.ranked);
  }, [ranked, body.data, documentId, chunk]);
  if (!ranked) return { group: (found as { group: StoryHits }).group };
  const error = ref.error ?? body.error;
  if (error) return { error };
  if (ref.data === null) return { error: new Error('The story is no longer in the corpus') };
  if (group) return { group };
  if (body.data) return { error: new Error('The story no longer has this hit') };
  return { loading: true };
}
