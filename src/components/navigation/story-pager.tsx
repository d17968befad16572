import type { StorySummary } from '../../core/schema.ts';
import { storyPath } from '../../url/paths.ts';
import { NeighbourLink } from './neighbour-link.tsx';

/** Links to the previous and next story of the corpus (keys [ and ]). */
export function StoryPager({
  prev,
  next,
  search,
}: {
  prev: StorySummary | null;
  next: StorySummary | null;
  search: string;
}) {
  if (!prev && !next) return null;
  return (
    <nav aria-label="Stories" className="pager">
      <NeighbourLink
        rel="prev"
        to={prev && storyPath(prev.id, search)}
        caption="Previous story"
        label={prev?.title ?? ''}
      />
      <NeighbourLink
        rel="next"
        to={next && storyPath(next.id, search)}
        caption="Next story"
        label={next?.title ?? ''}
      />
    </nav>
  );
}
