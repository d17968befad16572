import { plural } from '../../core/text/plural.ts';
import { useMemo } from 'react';
import { coMentionNetwork } from '../../core/insights/co-mention-network.ts';
import { insightParagraphs } from '../../core/insights/insight-paragraphs.ts';
import { placeMap } from '../../core/insights/map-markers.ts';
import { moneyRows } from '../../core/insights/money-table.ts';
import { buildTimeline } from '../../core/insights/timeline.ts';
import type { EntityFilter } from '../../core/query/entity-filter.ts';
import { includeEntity } from '../../core/query/include-entity.ts';
import { includedIds } from '../../core/query/included-ids.ts';
import { isFilterActive } from '../../core/query/is-filter-active.ts';
import type { LoadedBodies } from '../../core/query/paragraph-entity-sets.ts';
import type { CorpusIndex, EntitySummary } from '../../core/schema.ts';
import { quoteRows } from '../../core/quotes/quote-rows.ts';
import { parseSpeakerParam } from '../../core/quotes/speaker-param.ts';
import { ExportButtons } from '../export/export-buttons.tsx';
import { InsightsMap } from './insights-map.tsx';
import { InsightsQuotes } from './insights-quotes.tsx';
import { InsightsMoney } from './insights-money.tsx';
import { InsightsNetwork } from './insights-network.tsx';
import { InsightsTimeline } from './insights-timeline.tsx';
import '../highlight/entity-marks.css';
import './insights.css';

interface InsightsViewProps {
  index: CorpusIndex;
  bodies: LoadedBodies;
  filter: EntityFilter;
  setFilter: (filter: EntityFilter) => void;
  /** The current query string, carried by every link. */
  search: string;
}

/** Timeline, money, co-mention network and map of the paragraphs the filter keeps. */
export function InsightsView({ index, bodies, filter, setFilter, search }: InsightsViewProps) {
  const data = useMemo(() => {
    const speaker = parseSpeakerParam(new URLSearchParams(search), index);
    const covered = insightParagraphs(index, filter, bodies);
    // "statements by": the paragraphs holding the speaker's statements, of those the filter keeps
    const paragraphs = speaker ? covered.filter((p) => quoteRows([p], speaker).length > 0) : covered;
    return {
      quotes: quoteRows(paragraphs, speaker),
      paragraphs,
      stories: new Set(paragraphs.map((p) => p.storyId)).size,
      timeline: buildTimeline(index, paragraphs),
      money: moneyRows(index, paragraphs),
      network: coMentionNetwork(index, paragraphs, 40),
      places: placeMap(index, paragraphs),
    };
  }, [index, filter, bodies, search]);
  const entityById = useMemo(() => new Map(index.entities.map((e) => [e.id, e])), [index]);
  const filtered = new Set(includedIds(filter));
  const pick = (entity: EntitySummary) => setFilter(includeEntity(filter, entity));
  return (
    <>
      <p className="insights-meta" role="status">
        {isFilterActive(filter) ? 'Filtered: ' : ''}
        {plural(data.paragraphs.length, 'paragraph', 'paragraphs')} in{' '}
        {plural(data.stories, 'story', 'stories')}.
      </p>
      <nav className="insights-toc" aria-label="Insights sections">
        <a href="#insights-timeline">Timeline</a> <a href="#insights-money">Money</a>{' '}
        <a href="#insights-network">Named together</a> <a href="#insights-map">Map</a>{' '}
        <a href="#insights-quotes">Who said what</a>
      </nav>
      <ExportButtons
        input={{
          index,
          filter: search,
          filteredIds: filtered,
          paragraphs: data.paragraphs,
          quotes: data.quotes,
          money: data.money,
          timeline: data.timeline,
        }}
      />
      <InsightsTimeline timeline={data.timeline} search={search} />
      <InsightsMoney rows={data.money} search={search} />
      <InsightsNetwork network={data.network} filtered={filtered} onPick={pick} />
      <InsightsMap places={data.places} filtered={filtered} onPick={pick} />
      <InsightsQuotes rows={data.quotes} entityById={entityById} search={search} />
    </>
  );
}
