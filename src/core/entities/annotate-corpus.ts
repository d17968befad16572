import type { Corpus, Document, Entity, Mention, ParsedDocument, StorySource } from '../schema.ts';
import { storySourceRule } from './rules/story-source-rule.ts';
import type { AnnotatedText, EntityDraft } from './06-merge-aliases.ts';
import { tokenize } from './01-tokenize.ts';
import { matchGazetteer } from './02-gazetteer.ts';
import { matchContextRules } from './03-context-rules.ts';
import { matchValues } from './04-values.ts';
import { resolveOverlaps } from './05-resolve-overlaps.ts';
import { mergeAliases } from './06-merge-aliases.ts';
import { linkMentions } from './07-link-mentions.ts';

/** Steps 1–5 on one text: tokens, then every rule's candidates, then one span per stretch of text. */
function annotateText(text: string, source: StorySource | null): AnnotatedText {
  const doc = tokenize(text);
  const known = matchGazetteer(doc);
  const candidates = [...known, ...matchContextRules(doc, known), ...matchValues(doc)];
  const s = source ? storySourceRule(doc, source) : null;
  if (s) candidates.push(s);
  return { doc, candidates: resolveOverlaps(candidates) };
}

/** Finds and merges the entities of parsed documents, returning them with their mentions. */
export function annotateCorpus(documents: readonly ParsedDocument[]): Corpus {
  const drafts = new Map<string, EntityDraft>();
  const aliases = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  const outDocs: Document[] = documents.map((d) => {
    // every text of the document in reading order: headline, heading, paragraphs
    const texts: string[] = [];
    const sources: (StorySource | null)[] = [];
    for (const s of d.stories) {
      texts.push(s.title);
      sources.push(null);
      s.sections.forEach((sec, si) => {
        texts.push(sec.heading ?? '');
        sources.push(null);
        // the source a story opens with ("Al-Madina News: While …") is in its first paragraph
        sec.paragraphs.forEach((p, pi) => {
          texts.push(p.text);
          sources.push(si === 0 && pi === 0 ? s.source : null);
        });
      });
    }
    const annotated = texts.map((t, i) => annotateText(t, sources[i] ?? null));
    const merged = mergeAliases(annotated);
    const mentions = linkMentions(annotated, merged);
    for (const [id, draft] of merged.drafts) if (!drafts.has(id)) drafts.set(id, draft);
    mentions.forEach((ms, i) => {
      const text = texts[i] ?? '';
      for (const m of ms) {
        const set = aliases.get(m.entityId) ?? new Set<string>();
        set.add(text.slice(m.start, m.end));
        aliases.set(m.entityId, set);
        counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      }
    });
    let next = 0;
    const take = (): Mention[] => mentions[next++] ?? [];
    return {
      ...d,
      stories: d.stories.map((s) => ({
        ...s,
        titleMentions: take(),
        sections: s.sections.map((sec) => ({
          ...sec,
          headingMentions: take(),
          paragraphs: sec.paragraphs.map((p) => ({ ...p, mentions: take() })),
        })),
      })),
    };
  });
  const entities: Entity[] = [...drafts.values()]
    .filter((e) => counts.has(e.id))
    .map((e) => ({
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: [...(aliases.get(e.id) ?? [])].sort(),
      mentionCount: counts.get(e.id) ?? 0,
      demonyms: [...e.demonyms],
      coordinates: e.coordinates,
      value: e.value,
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
  return { documents: outDocs, entities };
}
