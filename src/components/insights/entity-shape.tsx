import type { EntityType } from '../../core/schema.ts';

/** The node's shape, the second cue beside colour (as the glyphs ● ▲ ■ in the legend): circle, triangle, square. */
export function EntityShape({ type, x, y, r }: { type: EntityType; x: number; y: number; r: number }) {
  const className = `insights-shape insights-shape--${type}`;
  if (type === 'place') {
    const h = r * 1.2;
    return (
      <polygon
        className={className}
        points={`${x},${y - h} ${x + h * 0.95},${y + h * 0.65} ${x - h * 0.95},${y + h * 0.65}`}
      />
    );
  }
  if (type === 'organization') {
    const s = r * 0.9;
    return <rect className={className} x={x - s} y={y - s} width={2 * s} height={2 * s} />;
  }
  return <circle className={className} cx={x} cy={y} r={r} />;
}
