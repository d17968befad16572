/** A box in drawing units. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where a label goes relative to its point: the text's anchor point and alignment. */
export interface LabelSpot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
}

/** A point to label: its own mark (labels must not cover marks) and the text. */
export interface LabelCandidate {
  x: number;
  y: number;
  /** Radius of the mark. */
  r: number;
  text: string;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The box a label of `chars` characters takes at a spot (12 px type: ~6.6 px a character, 14 px tall). */
function labelBox(spot: LabelSpot, chars: number): Box {
  const width = chars * 6.6;
  const x = spot.anchor === 'start' ? spot.x : spot.anchor === 'end' ? spot.x - width : spot.x - width / 2;
  return { x, y: spot.y - 11, width, height: 14 };
}

/**
 * Greedy label placement, in the order given (most important first): each label takes the first of
 * below, above, right, left that stays in the box and covers no mark and no label placed before; null when
 * none does (the view shows that name on hover and focus only). Deterministic.
 */
export function placeLabels(
  items: readonly LabelCandidate[],
  width: number,
  height: number,
  limit = Infinity,
): (LabelSpot | null)[] {
  const marks: Box[] = items.map((i) => ({ x: i.x - i.r, y: i.y - i.r, width: 2 * i.r, height: 2 * i.r }));
  const taken: Box[] = [];
  return items.map((item, index) => {
    if (index >= limit) return null;
    const spots: LabelSpot[] = [
      { x: item.x, y: item.y + item.r + 13, anchor: 'middle' },
      { x: item.x, y: item.y - item.r - 5, anchor: 'middle' },
      { x: item.x + item.r + 4, y: item.y + 4, anchor: 'start' },
      { x: item.x - item.r - 4, y: item.y + 4, anchor: 'end' },
    ];
    for (const spot of spots) {
      const box = labelBox(spot, item.text.length);
      const inside = box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
      if (!inside) continue;
      if (taken.some((t) => overlaps(t, box))) continue;
      if (marks.some((m, j) => j !== index && overlaps(m, box))) continue;
      taken.push(box);
      return spot;
    }
    return null;
  });
}
