import { plural } from '../../core/text/plural.ts';
import { Link } from 'react-router';
import { placedParagraphs, quoteRows } from '../../core/quotes/quote-rows.ts';
import { SPEAKER_PARAM } from '../../core/quotes/speaker-param.ts';
import type { EntitySummary, StoryBody } from '../../core/schema.ts';
import { homePath, paragraphPath } from '../../url/paths.ts';
import './quotes.css';

interface EntityStatementsProps {
  entity: EntitySummary;
  /** Bodies of the stories that name it: its statements, pronouns included, are in them. */
  bodies: readonly StoryBody[];
}

/** "What they said": each statement the text attributes to a person or organization, linking to its paragraph. */
export function EntityStatements({ entity, bodies }: EntityStatementsProps) {
  if (entity.type !== 'person' && entity.type !== 'organization') return null;
  const rows = quoteRows(placedParagraphs(bodies), entity.id);
  const bySpeaker = new URLSearchParams([[SPEAKER_PARAM, entity.id]]);
  return (
    <section aria-labelledby="entity-statements" className="entity-statements">
      <h2 id="entity-statements">What {entity.type === 'person' ? 'they' : 'it'} said</h2>
      {rows.length === 0 ? (
        <p>No statement in the text is attributed to {entity.name}.</p>
      ) : (
        <>
          <p>
            {plural(rows.length, 'statement', 'statements')}.{' '}
            <Link to={homePath(bySpeaker)}>Show only the stories with statements by {entity.name}</Link>
          </p>
          <ol className="entity-statements__list">
            {rows.map((row) => (
              <li key={`${row.paragraphId}-${row.quote.start}-${row.storyId}`}>
                <blockquote className="entity-statements__quote" dir="auto">
                  <Link to={paragraphPath(row.storyId, row.sectionId, row.paragraphId, bySpeaker)}>
                    {row.statement}
                  </Link>
                </blockquote>
                <p className="entity-statements__meta">
                  {row.quote.speaker.text !== entity.name && <>as “{row.quote.speaker.text}”, </>}
                  {row.storyTitle}, line {row.line}
                </p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
