import type {
  Corpus,
  CorpusIndex,
  DocumentSummary,
  EntitySummary,
  Story,
  StoryBody,
  StorySummary,
} from '../schema.ts';
import { hashText } from './hash-text.ts';
import { servedStory } from './served-story.ts';
import { summarizeStory } from './summarize-story.ts';

/** What the browser loads: the first-load index and one body per story (each served at its `chunk` URL). */
export interface CorpusBundle {
  index: CorpusIndex;
  bodies: StoryBody[];
}

/**
 * Splits a corpus into a small first-load index and content-hashed story bodies, so an unchanged story
 * keeps its URL (and browser cache) across rebuilds and the index's `version` changes with any seed.
 */
export function makeCorpusBundle(corpus: Corpus): CorpusBundle {
  const entityIndex = new Map(corpus.entities.map((entity, i) => [entity.id, i]));
  const storyCounts = new Map<string, number>();
  const bodies: StoryBody[] = [];
  const stories: StorySummary[] = [];
  const documents: DocumentSummary[] = corpus.documents.map((document) => {
    for (const parsed of document.stories) {
      const story = servedStory(parsed);
      const body: StoryBody = { id: story.id, story };
      const chunk = `corpus/${hashText(JSON.stringify(body))}.json`;
      bodies.push(body);
      stories.push(summarizeStory(story, { documentId: document.id, entityIndex, chunk }));
      for (const id of entitiesOf(story)) storyCounts.set(id, (storyCounts.get(id) ?? 0) + 1);
    }
    return {
      id: document.id,
      source: document.source,
      storyIds: document.stories.map((story) => story.id),
      boilerplate: document.boilerplate,
      warnings: document.warnings,
    };
  });
  const entities: EntitySummary[] = corpus.entities.map((entity) => ({
    ...entity,
    storyCount: storyCounts.get(entity.id) ?? 0,
  }));
  // Every body is named by its hash in `stories[].chunk`, so hashing the index covers the whole corpus.
  const version = hashText(JSON.stringify({ documents, stories, entities }));
  return { index: { version, documents, stories, entities }, bodies };
}

/** Ids of the entities a story mentions anywhere: headline, sub-headings or body. */
function entitiesOf(story: Story): Set<string> {
  const ids = new Set(story.titleMentions.map((m) => m.entityId));
  for (const section of story.sections) {
    for (const m of section.headingMentions) ids.add(m.entityId);
    for (const paragraph of section.paragraphs) for (const m of paragraph.mentions) ids.add(m.entityId);
  }
  return ids;
}
