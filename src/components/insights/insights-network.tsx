import { plural } from '../../core/text/plural.ts';
import { useMemo } from 'react';
import type { CoMentionNetwork } from '../../core/insights/co-mention-network.ts';
import { entityNodeLabel } from '../../core/insights/insight-labels.ts';
import { makeRoomForLabels } from '../../core/insights/make-room-for-labels.ts';
import { layoutNetwork } from '../../core/insights/network-layout.ts';
import { placeLabels } from '../../core/insights/place-labels.ts';
import type { EntitySummary } from '../../core/schema.ts';
import { ENTITY_TYPE_LABELS } from '../entities/entity-type-labels.ts';
import { onActivateKey } from './activate-keys.ts';
import { EntityShape } from './entity-shape.tsx';
import { TextAlternative } from './text-alternative.tsx';
import { numberExtent } from '../../core/array/number-extent.ts';

const WIDTH = 640;
const HEIGHT = 520;
/** Drawing units a character of a 12 px label may take: more than `placeLabels` reckons, so names do not touch. */
const CHAR_WIDTH = 7.4;

interface InsightsNetworkProps {
  network: CoMentionNetwork;
  /** Ids in the filter now (drawn with a ring, said as "in the filter"). */
  filtered: ReadonlySet<string>;
  onPick: (entity: EntitySummary) => void;
}

/** People, places and organizations named together: SVG drawing, focusable nodes, and a table equivalent. */
export function InsightsNetwork({ network, filtered, onPick }: InsightsNetworkProps) {
  // the force layout, then room made for every name under its node, so all are written without overlap
  const laid = useMemo(
    () =>
      makeRoomForLabels(
        layoutNetwork(network.nodes, network.edges, { width: WIDTH, height: HEIGHT }).map((n) => ({
          ...n,
          labelWidth: n.entity.name.length * CHAR_WIDTH,
        })),
        WIDTH,
        HEIGHT,
      ),
    [network],
  );
  const at = new Map(laid.map((n) => [n.entity.id, n]));
  // most mentioned first get the best spot; a name with none left shows on hover and focus only
  const spots = useMemo(() => {
    const byMentions = [...laid].sort((a, b) => b.mentions - a.mentions);
    const placed = placeLabels(
      byMentions.map((n) => ({ x: n.x, y: n.y, r: n.r, text: n.entity.name })),
      WIDTH,
      HEIGHT,
    );
    return new Map(byMentions.map((n, i) => [n.entity.id, placed[i] ?? null]));
  }, [laid]);
  const maxWeight = Math.max(1, numberExtent(network.edges.map((e) => e.weight))[1]);
  const names = new Map(network.nodes.map((n) => [n.entity.id, n.entity.name]));
  const summary =
    network.nodes.length === 0
      ? 'No people, places or organizations in these paragraphs.'
      : `Co-mention network of ${plural(network.nodes.length, 'entity', 'entities')} and ${plural(
          network.edges.length,
          'link',
          'links',
        )}. Most named: ${network.nodes
          .slice(0, 3)
          .map((n) => `${n.entity.name} (${n.mentions})`)
          .join(', ')}.`;
  return (
    <section className="insights-section" aria-labelledby="insights-network">
      <h2 id="insights-network">Named together</h2>
      <p className="insights-meta">
        People <span aria-hidden="true">{ENTITY_TYPE_LABELS.person.glyph}</span>, places{' '}
        <span aria-hidden="true">{ENTITY_TYPE_LABELS.place.glyph}</span> and organizations{' '}
        <span aria-hidden="true">{ENTITY_TYPE_LABELS.organization.glyph}</span> as nodes sized by mentions; a
        line joins two named in the same paragraph, thicker the more often.
        {network.totalNames > network.nodes.length
          ? ` The ${network.nodes.length} most mentioned of ${network.totalNames}.`
          : ''}{' '}
        Select a node to filter by it.
      </p>
      {network.nodes.length === 0 ? (
        <p>{summary}</p>
      ) : (
        <>
          <div className="insights-figure insights-figure--network">
            <svg className="insights-svg" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary}>
              {network.edges.map((e) => {
                const a = at.get(e.source);
                const b = at.get(e.target);
                if (!a || !b) return null;
                return (
                  <line
                    key={`${e.source}\n${e.target}`}
                    className="insights-edge"
                    x1={a.x}
                    y1={a.y}
                    x2={b.x}
                    y2={b.y}
                    strokeWidth={1 + (3 * e.weight) / maxWeight}
                  />
                );
              })}
            </svg>
            <svg
              className="insights-svg insights-svg--overlay"
              viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
              role="group"
              aria-label="Entities in the network"
            >
              {laid.map((n) => {
                const inFilter = filtered.has(n.entity.id);
                const label = `${entityNodeLabel(n.entity.name, n.entity.type, n.mentions)}${
                  inFilter ? ', in the filter' : ''
                }`;
                const spot = spots.get(n.entity.id) ?? null;
                return (
                  <g
                    key={n.entity.id}
                    className={`insights-node${inFilter ? ' is-active' : ''}${spot ? '' : ' is-quiet'}`}
                    role="button"
                    tabIndex={0}
                    aria-label={label}
                    onClick={() => onPick(n.entity)}
                    onKeyDown={onActivateKey(() => onPick(n.entity))}
                  >
                    <title>{label}</title>
                    {inFilter && <circle className="insights-node__ring" cx={n.x} cy={n.y} r={n.r + 5} />}
                    <EntityShape type={n.entity.type} x={n.x} y={n.y} r={n.r} />
                    <text
                      className="insights-node__label"
                      x={spot?.x ?? n.x}
                      y={spot?.y ?? (n.y < HEIGHT - 30 ? n.y + n.r + 13 : n.y - n.r - 5)}
                      textAnchor={spot?.anchor ?? 'middle'}
                      aria-hidden="true"
                    >
                      {n.entity.name}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          <TextAlternative label="named together">
            <table className="insights-table">
              <caption>
                Entities of the network, most mentioned first, with those named in the same paragraphs
              </caption>
              <thead>
                <tr>
                  <th scope="col">Entity</th>
                  <th scope="col">Type</th>
                  <th scope="col">Mentions</th>
                  <th scope="col">Named with (paragraphs)</th>
                </tr>
              </thead>
              <tbody>
                {network.nodes.map((n) => (
                  <tr key={n.entity.id}>
                    <th scope="row">{n.entity.name}</th>
                    <td>{ENTITY_TYPE_LABELS[n.entity.type].singular}</td>
                    <td className="insights-table__number">{n.mentions}</td>
                    <td>
                      {network.edges
                        .filter((e) => e.source === n.entity.id || e.target === n.entity.id)
                        .map((e) => {
                          const other = e.source === n.entity.id ? e.target : e.source;
                          return `${names.get(other) ?? other} (${e.weight})`;
                        })
                        .join(', ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TextAlternative>
        </>
      )}
    </section>
  );
}
