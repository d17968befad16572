import type { CorpusIndex } from '../../core/schema.ts';
import { matchesHeadline } from './matches-headline.ts';
import { StoryCard } from './story-card.tsx';
import './story-list.css';

/** Each document of the corpus and its stories, narrowed to headlines matching `query`. */
export function StoryList({
  index,
  query,
  search,
  matches,
}: {
  index: CorpusIndex;
  query: string;
  search: string;
  /** With an entity filter on: matching paragraphs per story id, shown on each card. */
  matches?: ReadonlyMap<string, number>;
}) {
  const byId = new Map(index.stories.map((s) => [s.id, s]));
  const groups = index.documents.map((doc) => ({
    doc,
    stories: doc.storyIds
      .map((id) => byId.get(id))
      .filter((s) => s !== undefined)
      .filter((s) => !query || matchesHeadline(s, query)),
  }));
  const shown = groups.reduce((n, g) => n + g.stories.length, 0);
  return (
    <div className="story-list">
      <p className="story-list__count" role="status">
        {query
          ? `${shown} of ${index.stories.length} stories match “${query}”`
          : `${index.stories.length} ${index.stories.length === 1 ? 'story' : 'stories'} in ${index.documents.length} ${index.documents.length === 1 ? 'digest' : 'digests'}`}
      </p>
      {groups.map(
        ({ doc, stories }) =>
          stories.length > 0 && (
            <section key={doc.id} className="story-list__document" aria-labelledby={`doc-${doc.id}`}>
              <h2 id={`doc-${doc.id}`} className="story-list__document-name" title={doc.source}>
                {doc.source.split(/[\\/]/).pop()}
              </h2>
              {stories.map((story) => (
                <StoryCard
                  key={story.id}
                  story={story}
                  entities={index.entities}
                  search={search}
                  matchingParagraphs={matches?.get(story.id)}
                />
              ))}
            </section>
          ),
      )}
    </div>
  );
}
