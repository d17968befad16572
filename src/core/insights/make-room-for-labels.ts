/** A point drawn as a mark of radius `r` with a label of `labelWidth` centred under it. */
export interface LabelledPoint {
  x: number;
  y: number;
  r: number;
  labelWidth: number;
}

/** Drawing units a label takes under its mark: 13 to the baseline (as `placeLabels` puts it), 3 below. */
const LABEL_DROP = 16;
/** Space kept between two footprints. */
const GAP = 6;

/** The box a point and its label take, from the point's centre. */
function footprint(p: LabelledPoint): { left: number; right: number; top: number; bottom: number } {
  const half = Math.max(2 * p.r, p.labelWidth) / 2 + GAP / 2;
  return { left: -half, right: half, top: -p.r - GAP / 2, bottom: p.r + LABEL_DROP + GAP / 2 };
}

/**
 * Label-collision pass: nudges points apart, along the axis where they overlap least, until no point's
 * footprint (its mark and the label under it) overlaps another's, keeping every footprint inside the box.
 * A dense cluster of a force layout ("Russia", "Ukraine", "Kyiv" on top of each other) then has room for
 * every name. Deterministic; stops after `rounds` passes if the box is too full, leaving the rest to
 * `placeLabels`.
 */
export function makeRoomForLabels<P extends LabelledPoint>(
  points: readonly P[],
  width: number,
  height: number,
  rounds = 400,
): P[] {
  const moved = points.map((p) => ({ ...p }));
  const boxes = moved.map(footprint);
  const clamp = (i: number) => {
    const p = moved[i]!;
    const b = boxes[i]!;
    p.x = Math.min(width - b.right, Math.max(-b.left, p.x));
    p.y = Math.min(height - b.bottom, Math.max(-b.top, p.y));
  };
  // first use the whole box: a force layout leaves empty bands round its cloud that crowded names need
  const spread = (axis: 'x' | 'y', size: number, low: 'left' | 'top', high: 'right' | 'bottom') => {
    const values = moved.map((p) => p[axis]);
    const centre = (Math.min(...values) + Math.max(...values)) / 2;
    let scale = 2;
    moved.forEach((p, i) => {
      const d = p[axis] - centre;
      const box = boxes[i]!;
      if (d > 0) scale = Math.min(scale, (size / 2 - box[high]) / d);
      if (d < 0) scale = Math.min(scale, (-size / 2 - box[low]) / d);
    });
    if (scale > 1) for (const p of moved) p[axis] = size / 2 + (p[axis] - centre) * scale;
  };
  if (moved.length > 1) {
    spread('x', width, 'left', 'right');
    spread('y', height, 'top', 'bottom');
  }
  moved.forEach((_, i) => clamp(i));
  for (let round = 0; round < rounds; round++) {
    let clear = true;
    for (let i = 0; i < moved.length; i++) {
      for (let j = i + 1; j < moved.length; j++) {
        const a = moved[i]!;
        const b = moved[j]!;
        const ba = boxes[i]!;
        const bb = boxes[j]!;
        const ox = Math.min(a.x + ba.right, b.x + bb.right) - Math.max(a.x + ba.left, b.x + bb.left);
        const oy = Math.min(a.y + ba.bottom, b.y + bb.bottom) - Math.max(a.y + ba.top, b.y + bb.top);
        if (ox <= 0 || oy <= 0) continue;
        clear = false;
        // along the axis they overlap least relative to their size (footprints are wide: in absolute units
        // every crowd would stack into one column), a little more than half each so a pair does not
        // settle exactly touching; points on the same spot part by their place in the list
        const wide = ba.right - ba.left + bb.right - bb.left;
        const tall = ba.bottom - ba.top + bb.bottom - bb.top;
        const spin = (j * 2.399963) % (2 * Math.PI);
        const dx = b.x - a.x || Math.cos(spin);
        const dy = b.y - a.y || Math.sin(spin);
        const pushX = () => {
          const push = ox / 2 + 0.5;
          a.x -= Math.sign(dx) * push;
          b.x += Math.sign(dx) * push;
        };
        const pushY = () => {
          const push = oy / 2 + 0.5;
          a.y -= Math.sign(dy) * push;
          b.y += Math.sign(dy) * push;
        };
        const before = { ax: a.x, ay: a.y, bx: b.x, by: b.y };
        const alongX = ox / wide < oy / tall;
        (alongX ? pushX : pushY)();
        clamp(i);
        clamp(j);
        // pinned against the edge of the box: part them along the other axis instead
        const stuck = alongX
          ? Math.abs(b.x - a.x - (before.bx - before.ax)) < ox / 2
          : Math.abs(b.y - a.y - (before.by - before.ay)) < oy / 2;
        if (stuck) {
          (alongX ? pushY : pushX)();
          clamp(i);
          clamp(j);
        }
      }
    }
    if (clear) break;
  }
  return moved;
}
