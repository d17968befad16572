import { plural } from '../../core/text/plural.ts';
import { Link } from 'react-router';
import { entitySlug } from '../../core/query/entity-slug.ts';
import type { QuoteRow } from '../../core/quotes/quote-rows.ts';
import { SPEAKER_PARAM } from '../../core/quotes/speaker-param.ts';
import type { EntitySummary } from '../../core/schema.ts';
import { entityPath, insightsPath, paragraphPath, withSearchParam } from '../../url/paths.ts';
import { useMoreRows } from './use-more-rows.tsx';
import { ScrollTable } from './scroll-table.tsx';

interface InsightsQuotesProps {
  rows: readonly QuoteRow[];
  entityById: ReadonlyMap<string, EntitySummary>;
  /** The current query string, carried by every link. */
  search: string;
}

/** "Who said what": each statement in the covered paragraphs with its speaker, linking to its paragraph. */
export function InsightsQuotes({ rows, entityById, search }: InsightsQuotesProps) {
  const { shown, more } = useMoreRows(rows, ['statement', 'statements']);
  const speakers = new Set(rows.map((r) => r.quote.speaker.entityId ?? `~${r.quote.speaker.text}`)).size;
  return (
    <section className="insights-section" aria-labelledby="insights-quotes">
      <h2 id="insights-quotes">Who said what</h2>
      {rows.length === 0 ? (
        <p>No attributed statements in these paragraphs.</p>
      ) : (
        <>
          <p className="insights-meta">
            {plural(rows.length, 'statement', 'statements')} by {plural(speakers, 'speaker', 'speakers')}.
          </p>
          <ScrollTable label="Statements and their speakers" className="insights-table insights-quotes">
            <thead>
              <tr>
                <th scope="col">Speaker</th>
                <th scope="col">Statement</th>
                <th scope="col">Story</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => {
                const entity = row.quote.speaker.entityId
                  ? entityById.get(row.quote.speaker.entityId)
                  : undefined;
                return (
                  <tr key={`${row.storyId}-${row.paragraphId}-${row.quote.start}`}>
                    <th scope="row">
                      {entity ? (
                        <>
                          <Link to={entityPath(entity.type, entitySlug(entity.id))}>{entity.name}</Link>{' '}
                          <Link
                            className="insights-meta"
                            to={insightsPath(withSearchParam(search, SPEAKER_PARAM, entity.id))}
                            aria-label={`Only statements by ${entity.name}`}
                          >
                            (only these)
                          </Link>
                        </>
                      ) : (
                        <span>{row.quote.speaker.text}</span>
                      )}
                    </th>
                    <td dir="auto">
                      <Link to={paragraphPath(row.storyId, row.sectionId, row.paragraphId, search)}>
                        {row.statement}
                      </Link>
                    </td>
                    <td>
                      {row.storyTitle}, line {row.line}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </ScrollTable>
          {more}
        </>
      )}
    </section>
  );
}
