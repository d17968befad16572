import type { EntityType } from '../schema.ts';
import type { NetworkEdge, NetworkNode } from './co-mention-network.ts';
import { numberExtent } from '../array/number-extent.ts';

/** A node's place in the drawing. */
export interface LaidOutNode extends NetworkNode {
  x: number;
  y: number;
  /** Radius, growing with the square root of mentions (area ∝ mentions). */
  r: number;
}

export interface LayoutOptions {
  width: number;
  height: number;
  /** Force iterations after the circular start; 0 keeps the circle. */
  iterations?: number;
  minRadius?: number;
  maxRadius?: number;
}

const TYPE_ORDER: readonly EntityType[] = ['person', 'place', 'organization'];

/** Radius for `mentions` on a square-root scale from `min` (1 mention) to `max` (the most mentioned). */
export function sqrtRadius(mentions: number, most: number, min: number, max: number): number {
  if (most <= 1) return min;
  const t = Math.sqrt(Math.max(0, mentions - 1) / (most - 1));
  return min + (max - min) * t;
}

/**
 * A deterministic layout: nodes start on a circle grouped by type (people, places, organizations, each by
 * mentions), then a few rounds of a small force model pull co-named entities together and push all apart.
 * No randomness, so the same data always draws the same picture.
 */
export function layoutNetwork(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  { width, height, iterations = 120, minRadius = 6, maxRadius = 18 }: LayoutOptions,
): LaidOutNode[] {
  const ordered = [...nodes].sort(
    (a, b) =>
      TYPE_ORDER.indexOf(a.entity.type) - TYPE_ORDER.indexOf(b.entity.type) ||
      b.mentions - a.mentions ||
      a.entity.name.localeCompare(b.entity.name),
  );
  const most = Math.max(1, numberExtent(nodes.map((n) => n.mentions))[1]);
  const cx = width / 2;
  const cy = height / 2;
  const ring = Math.min(width, height) / 2 - maxRadius - 4;
  const laid: LaidOutNode[] = ordered.map((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(1, ordered.length) - Math.PI / 2;
    return {
      ...node,
      x: cx + ring * Math.cos(angle),
      y: cy + ring * Math.sin(angle),
      r: sqrtRadius(node.mentions, most, minRadius, maxRadius),
    };
  });
  const at = new Map(laid.map((n, i) => [n.entity.id, i]));
  const links = edges.flatMap((e) => {
    const s = at.get(e.source);
    const t = at.get(e.target);
    return s === undefined || t === undefined ? [] : [{ s, t, w: e.weight }];
  });
  // Fruchterman–Reingold: repulsion k²/d between all pairs, attraction d²/k along edges (heavier pulls more),
  // a pull to the centre so loose nodes stay in, steps capped by a temperature that cools to zero
  const k = 0.45 * Math.sqrt((width * height) / Math.max(1, laid.length));
  // with N nodes repelling as k²/d and a pull g·d, the cloud settles at radius ≈ k·√(N/g): pick g per axis so
  // it fills about 85 % of the box (an ellipse in a wide box) whatever the number of nodes
  const spread = 0.45 * Math.sqrt(width * height);
  const gx = (spread / (0.42 * width)) ** 2;
  const gy = (spread / (0.42 * height)) ** 2;
  const start = Math.min(width, height) / 8;
  for (let step = 0; step < iterations; step++) {
    const temperature = start * (1 - step / iterations) + 0.5;
    const dx = new Array<number>(laid.length).fill(0);
    const dy = new Array<number>(laid.length).fill(0);
    for (let i = 0; i < laid.length; i++) {
      const a = laid[i];
      if (!a) continue;
      for (let j = i + 1; j < laid.length; j++) {
        const b = laid[j];
        if (!b) continue;
        const ex = a.x - b.x;
        const ey = a.y - b.y;
        const d = Math.max(0.5, Math.hypot(ex, ey));
        const f = (k * k) / d / d;
        dx[i] = (dx[i] ?? 0) + ex * f;
        dy[i] = (dy[i] ?? 0) + ey * f;
        dx[j] = (dx[j] ?? 0) - ex * f;
        dy[j] = (dy[j] ?? 0) - ey * f;
      }
    }
    for (const { s, t, w } of links) {
      const a = laid[s];
      const b = laid[t];
      if (!a || !b) continue;
      const ex = b.x - a.x;
      const ey = b.y - a.y;
      const d = Math.max(0.5, Math.hypot(ex, ey));
      const f = (d / k) * (1 + Math.log(w));
      dx[s] = (dx[s] ?? 0) + ex * f;
      dy[s] = (dy[s] ?? 0) + ey * f;
      dx[t] = (dx[t] ?? 0) - ex * f;
      dy[t] = (dy[t] ?? 0) - ey * f;
    }
    laid.forEach((n, i) => {
      const mx = (dx[i] ?? 0) + (cx - n.x) * gx;
      const my = (dy[i] ?? 0) + (cy - n.y) * gy;
      const len = Math.max(1e-9, Math.hypot(mx, my));
      const move = Math.min(len, temperature);
      n.x = Math.min(width - n.r - 2, Math.max(n.r + 2, n.x + (mx / len) * move));
      n.y = Math.min(height - n.r - 2, Math.max(n.r + 2, n.y + (my / len) * move));
    });
  }
  return laid;
}
