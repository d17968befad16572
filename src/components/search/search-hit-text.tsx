import { useQuery } from '@tanstack/react-query';
import type { StoryHit } from '../../core/search/group-hits.ts';
import type { StorySummary } from '../../core/schema.ts';
import { storyQueryOptions } from '../../data/story-query-options.ts';
import { SearchSnippet } from './search-snippet.tsx';

interface SearchHitTextProps {
  story: StorySummary;
  hit: StoryHit;
  terms: readonly string[];
  width?: number;
}

/**
 * The words of one hit with its marks: a sub-heading from the index at once, a paragraph once its story's
 * body has loaded (bodies are cached, so opening the story afterwards is instant).
 */
export function SearchHitText({ story, hit, terms, width = 200 }: SearchHitTextProps) {
  const { data: body, isError } = useQuery({
    ...storyQueryOptions(story),
    enabled: hit.kind === 'paragraph',
  });
  if (hit.kind === 'heading') {
    const heading = story.sections.find((s) => s.id === hit.sectionId)?.heading ?? '';
    return <SearchSnippet text={heading} terms={terms} />;
  }
  if (isError) return <span className="search-hit__pending">Could not load this paragraph.</span>;
  const paragraph = body?.story.sections
    .find((s) => s.id === hit.sectionId)
    ?.paragraphs.find((p) => p.id === hit.paragraphId);
  if (!paragraph) return <span className="search-hit__pending">Loading…</span>;
  return <SearchSnippet text={paragraph.text} terms={terms} width={width} />;
}
