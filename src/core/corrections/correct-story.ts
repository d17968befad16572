import type { Mention, Quote, Story } from '../schema.ts';
import type { CorrectionPlan } from './resolve-corrections.ts';

/** Mentions with their entity ids corrected; a hidden entity's mentions dropped. */
export function correctMentions(mentions: readonly Mention[], plan: CorrectionPlan): Mention[] {
  const out: Mention[] = [];
  for (const mention of mentions) {
    const entityId = plan.resolve(mention.entityId);
    if (entityId === null) continue;
    out.push(entityId === mention.entityId ? mention : { ...mention, entityId });
  }
  return out;
}

/** Quotes with their speakers' ids corrected; a hidden speaker keeps its words and loses its id. */
export function correctQuotes(quotes: readonly Quote[], plan: CorrectionPlan): Quote[] {
  return quotes.map((q) => {
    if (q.speaker.entityId === null) return q;
    const entityId = plan.resolve(q.speaker.entityId);
    return entityId === q.speaker.entityId ? q : { ...q, speaker: { ...q.speaker, entityId } };
  });
}

/** A story with every mention (headline, sub-headings, paragraphs) corrected. */
export function correctStory(story: Story, plan: CorrectionPlan): Story {
  return {
    ...story,
    titleMentions: correctMentions(story.titleMentions, plan),
    sections: story.sections.map((section) => ({
      ...section,
      headingMentions: correctMentions(section.headingMentions, plan),
      paragraphs: section.paragraphs.map((p) => ({
        ...p,
        mentions: correctMentions(p.mentions, plan),
        quotes: correctQuotes(p.quotes, plan),
      })),
    })),
  };
}
