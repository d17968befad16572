import { plural, pluralWord } from '../../core/text/plural.ts';
import { memo, useMemo } from 'react';
import type { EntitySummary, StorySummary } from '../../core/schema.ts';
import { storyPath } from '../../url/paths.ts';
import { StoryLink } from '../navigation/story-link.tsx';
import { topEntities } from './top-entities.ts';

/**
 * A story in the corpus list: headline, first sentence, size, and the people and places it is about.
 * Memoized: a filter click re-renders the list, and a card whose story, link and count are unchanged is skipped.
 */
export const StoryCard = memo(function StoryCard({
  story,
  entities,
  search,
  matchingParagraphs,
}: {
  story: StorySummary;
  entities: readonly EntitySummary[];
  search: string;
  /** Paragraphs the entity filter matches, when a filter is on. */
  matchingParagraphs?: number;
}) {
  // the links change with every filter; who the story names does not
  const [people, places] = useMemo(
    () => [topEntities(story, entities, 'person'), topEntities(story, entities, 'place')],
    [story, entities],
  );
  const sections = story.sections.length;
  return (
    <article className="story-card" aria-labelledby={`card-${story.id}`}>
      <h3 id={`card-${story.id}`} className="story-card__title" dir="auto">
        <StoryLink story={story} to={storyPath(story.id, search)}>
          {story.title}
        </StoryLink>
      </h3>
      {story.firstSentence && (
        <p className="story-card__lede" dir="auto">
          {story.firstSentence}
        </p>
      )}
      <p className="story-card__meta">
        {matchingParagraphs !== undefined && (
          <span className="story-card__matches">
            {matchingParagraphs} matching {pluralWord(matchingParagraphs, 'paragraph', 'paragraphs')}
          </span>
        )}
        {story.source && <span>{story.source.name}</span>}
        <span>{plural(sections, 'section', 'sections')}</span>
        <span>{story.readingMinutes} min read</span>
      </p>
      {(people.length > 0 || places.length > 0) && (
        <dl className="story-card__entities">
          {people.length > 0 && (
            <div>
              <dt>People</dt>
              <dd>{people.map((e) => e.name).join(', ')}</dd>
            </div>
          )}
          {places.length > 0 && (
            <div>
              <dt>Places</dt>
              <dd>{places.map((e) => e.name).join(', ')}</dd>
            </div>
          )}
        </dl>
      )}
    </article>
  );
});
