import { plural } from '../../core/text/plural.ts';
import { Link } from 'react-router';
import { formatIsoDate } from '../../core/insights/insight-labels.ts';
import type { Timeline, TimelineItem } from '../../core/insights/timeline.ts';
import { paragraphPath } from '../../url/paths.ts';
import { InsightContext } from './insight-context.tsx';
import { useMoreRows } from './use-more-rows.tsx';

function Items({ items, search }: { items: readonly TimelineItem[]; search: string }) {
  const { shown, more } = useMoreRows(items, ['date mention', 'date mentions']);
  return (
    <>
      <ol className="insights-timeline__list">
        {shown.map((item) => (
          <li
            key={`${item.at.storyId}-${item.at.paragraph.id}-${item.mention.start}`}
            className="insights-timeline__item"
          >
            <span className="insights-timeline__date">
              <time dateTime={item.iso.startsWith('--') ? undefined : item.iso}>
                {formatIsoDate(item.iso)}
              </time>
            </span>
            <Link
              className="insights-timeline__link"
              to={paragraphPath(item.at.storyId, item.at.sectionId, item.at.paragraph.id, search)}
            >
              <InsightContext text={item.at.paragraph.text} mention={item.mention} type="date" />
            </Link>
            <span className="insights-meta">{item.at.storyTitle}</span>
          </li>
        ))}
      </ol>
      {more}
    </>
  );
}

/** Dates the covered paragraphs name, in order, each with its context and a link to its paragraph. */
export function InsightsTimeline({ timeline, search }: { timeline: Timeline; search: string }) {
  const total = timeline.dated.length + timeline.yearUnknown.length;
  return (
    <section className="insights-section" aria-labelledby="insights-timeline">
      <h2 id="insights-timeline">Timeline</h2>
      {total === 0 ? (
        <p>No dates in these paragraphs.</p>
      ) : (
        <>
          <p className="insights-meta">{plural(total, 'date mention', 'date mentions')}, earliest first.</p>
          {timeline.dated.length > 0 && (
            <>
              <h3>With a year</h3>
              <Items items={timeline.dated} search={search} />
            </>
          )}
          {timeline.yearUnknown.length > 0 && (
            <>
              <h3>Year not given in the text</h3>
              <p className="insights-meta">Placed by month and day; no year is guessed for them.</p>
              <Items items={timeline.yearUnknown} search={search} />
            </>
          )}
        </>
      )}
    </section>
  );
}
