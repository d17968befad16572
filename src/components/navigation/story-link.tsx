import type { ComponentProps } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { StorySummary } from '../../core/schema.ts';
import { storyQueryOptions } from '../../data/story-query-options.ts';

type StoryLinkProps = ComponentProps<typeof Link> & { story: Pick<StorySummary, 'id' | 'chunk'> };

/** A link into a story that starts fetching the story's body on hover or focus. */
export function StoryLink({ story, onMouseEnter, onFocus, ...props }: StoryLinkProps) {
  const queryClient = useQueryClient();
  const prefetch = () => void queryClient.prefetchQuery(storyQueryOptions(story));
  return (
    <Link
      {...props}
      onMouseEnter={(e) => {
        prefetch();
        onMouseEnter?.(e);
      }}
      onFocus={(e) => {
        prefetch();
        onFocus?.(e);
      }}
    />
  );
}
