import { plural } from '../../core/text/plural.ts';
import type { FoundStories } from './found-stories.ts';

/** "3 hits in 2 stories", "1 hit in 1 story", "No hits". */
export function searchCount(results: FoundStories): string {
  const { hitCount } = results;
  const stories = results.stories.length;
  if (hitCount === 0) return 'No hits';
  return `${plural(hitCount, 'hit', 'hits')} in ${plural(stories, 'story', 'stories')}`;
}
