import { NAME_TYPES } from '../schema.ts';
import type { CorpusIndex, EntitySummary } from '../schema.ts';
import { entityOccurrences } from './entity-occurrences.ts';
import type { InsightParagraph } from './insight-paragraphs.ts';

/** A person, place or organization in the network. */
export interface NetworkNode {
  entity: EntitySummary;
  /** Mentions in the covered paragraphs. */
  mentions: number;
}

/** Two entities named in the same paragraph. */
export interface NetworkEdge {
  /** Entity ids, `source` < `target`. */
  source: string;
  target: string;
  /** Paragraphs naming both. */
  weight: number;
}

export interface CoMentionNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  /** How many names the covered paragraphs have before the cap. */
  totalNames: number;
}

/**
 * People, places and organizations of the paragraphs (the `limit` most mentioned, then by name) and an edge
 * for each pair named in the same paragraph, weighted by how many paragraphs; edges heaviest first.
 */
export function coMentionNetwork(
  index: CorpusIndex,
  paragraphs: readonly InsightParagraph[],
  limit = 40,
): CoMentionNetwork {
  const occurrences = entityOccurrences(index, paragraphs, (e) => NAME_TYPES.includes(e.type));
  const counts = new Map<string, NetworkNode>();
  for (const o of occurrences) {
    const node = counts.get(o.entity.id) ?? { entity: o.entity, mentions: 0 };
    counts.set(o.entity.id, { ...node, mentions: node.mentions + 1 });
  }
  const nodes = [...counts.values()]
    .sort((a, b) => b.mentions - a.mentions || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit);
  const kept = new Set(nodes.map((n) => n.entity.id));
  const weights = new Map<string, NetworkEdge>();
  for (const at of paragraphs) {
    const ids = [...new Set(at.paragraph.mentions.map((m) => m.entityId))]
      .filter((id) => kept.has(id))
      .sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const source = ids[i] ?? '';
        const target = ids[j] ?? '';
        const key = `${source}\n${target}`;
        const edge = weights.get(key) ?? { source, target, weight: 0 };
        weights.set(key, { ...edge, weight: edge.weight + 1 });
      }
    }
  }
  const edges = [...weights.values()].sort(
    (a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
  );
  return { nodes, edges, totalNames: counts.size };
}
