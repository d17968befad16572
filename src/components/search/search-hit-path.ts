import type { StoryHit } from '../../core/search/group-hits.ts';
import { paragraphPath, sectionPath, storyPath } from '../../url/paths.ts';

/** Where a hit opens: its paragraph (`#p-…`), its section, or the story; `search` carries `q` and the filter. */
export function searchHitPath(storyId: string, hit: StoryHit | null, search: string): string {
  if (!hit) return storyPath(storyId, search);
  if (hit.kind === 'heading') return sectionPath(storyId, hit.sectionId, search);
  return paragraphPath(storyId, hit.sectionId, hit.paragraphId, search);
}
