import { plural } from '../../core/text/plural.ts';
import { Link } from 'react-router';
import { valueLabel } from '../../core/insights/insight-labels.ts';
import { coMentions } from '../../core/query/co-mentions.ts';
import { entityMentions } from '../../core/query/entity-mentions.ts';
import { entitySlug } from '../../core/query/entity-slug.ts';
import { keywordInContext } from '../../core/query/keyword-in-context.ts';
import type { CorpusIndex, EntitySummary, StoryBody } from '../../core/schema.ts';
import { entitiesPath, entityPath, homePath, paragraphPath, storyPath } from '../../url/paths.ts';
import { EntityStatements } from '../quotes/entity-statements.tsx';
import { ENTITY_TYPE_LABELS } from './entity-type-labels.ts';
import '../highlight/entity-marks.css';
import './entity-pages.css';

interface EntityProfileProps {
  index: CorpusIndex;
  entity: EntitySummary;
  /** Bodies of the stories that name it, in corpus order. */
  bodies: readonly StoryBody[];
}

/**
 * One entity: canonical name, aliases, counts, the stories naming it, the entities named with it most
 * often, and every mention in context, each linking to its paragraph with the entity filtered and marked.
 */
export function EntityProfile({ index, entity, bodies }: EntityProfileProps) {
  const label = ENTITY_TYPE_LABELS[entity.type];
  const filterSearch = new URLSearchParams([[entity.type, entitySlug(entity.id)]]);
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const ids = new Set([entity.id]);
  const mentions = bodies.map((body) => ({ body, found: entityMentions(body, ids) }));
  const related = coMentions(index, entity.id, 12);
  const value = valueLabel(entity.value);
  // The counts the facets (paragraphs) and insights (mentions in paragraphs) give, so the three agree.
  const inParagraphs = mentions.reduce((n, { found }) => n + found.length, 0);
  const paragraphs = new Set(mentions.flatMap(({ found }) => found.map((m) => m.paragraphId))).size;
  const inHeadings = entity.mentionCount - inParagraphs;
  return (
    <article className="entity-profile" aria-labelledby="entity-title">
      <p className="entity-profile__crumbs">
        <Link to={entitiesPath()}>Entities</Link> › {label.plural}
      </p>
      <p className="entity-profile__type">
        <span className={`entity-glyph entity-glyph--${entity.type}`} aria-hidden="true">
          {label.glyph}
        </span>{' '}
        {label.singular}
      </p>
      <h1 id="entity-title" tabIndex={-1}>
        <span className={`mention mention--${entity.type}`}>{entity.name}</span>
      </h1>
      {value && <p>Value: {value}</p>}
      {aliases.length > 0 && <p>Also written: {aliases.join(', ')}</p>}
      {entity.demonyms.length > 0 && <p>Demonyms: {entity.demonyms.join(', ')}</p>}
      <p>
        {plural(entity.mentionCount, 'mention', 'mentions')} in{' '}
        {plural(entity.storyCount, 'story', 'stories')}
        {inHeadings > 0 &&
          `: ${inParagraphs} in ${plural(paragraphs, 'paragraph', 'paragraphs')}, ${inHeadings} in headlines or sub-headings`}
        {inHeadings <= 0 && `, in ${plural(paragraphs, 'paragraph', 'paragraphs')}`}.{' '}
        <Link to={homePath(filterSearch)}>Show only the stories that name {entity.name}</Link>
      </p>

      <section aria-labelledby="entity-stories">
        <h2 id="entity-stories">Stories</h2>
        <ul className="entity-profile__stories">
          {mentions.map(({ body, found }) => (
            <li key={body.id}>
              <Link to={storyPath(body.id, filterSearch)}>{body.story.title}</Link>{' '}
              <span className="entity-profile__meta">
                {plural(found.length, 'mention', 'mentions')} in paragraphs
              </span>
            </li>
          ))}
        </ul>
      </section>

      <EntityStatements entity={entity} bodies={bodies} />

      {related.length > 0 && (
        <section aria-labelledby="entity-related">
          <h2 id="entity-related">Named most often with {entity.name}</h2>
          <ul className="entity-profile__related">
            {related.map(({ entity: other, paragraphs }) => (
              <li key={other.id}>
                <span className={`entity-glyph entity-glyph--${other.type}`} aria-hidden="true">
                  {ENTITY_TYPE_LABELS[other.type].glyph}
                </span>{' '}
                <Link to={entityPath(other.type, entitySlug(other.id))}>{other.name}</Link>{' '}
                <span className="entity-profile__meta">
                  {ENTITY_TYPE_LABELS[other.type].singular}, in{' '}
                  {plural(paragraphs, 'paragraph', 'paragraphs')} together
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="entity-mentions">
        <h2 id="entity-mentions">Every mention in context</h2>
        {mentions.map(({ body, found }) => (
          <section key={body.id} className="entity-profile__story" aria-labelledby={`kwic-${body.id}`}>
            <h3 id={`kwic-${body.id}`}>{body.story.title}</h3>
            <ol className="kwic">
              {found.map((m) => {
                const k = keywordInContext(m.text, m.mention, 70);
                return (
                  <li key={`${m.paragraphId}-${m.mention.start}`}>
                    <Link
                      className="kwic__line"
                      to={paragraphPath(body.id, m.sectionId, m.paragraphId, filterSearch)}
                    >
                      <span className="kwic__before">
                        {k.cutBefore ? '…' : ''}
                        {k.before}
                      </span>
                      <mark className={`mention mention--${entity.type} is-active`}>{k.keyword}</mark>
                      <span className="kwic__after">
                        {k.after}
                        {k.cutAfter ? '…' : ''}
                      </span>
                    </Link>
                  </li>
                );
              })}
            </ol>
          </section>
        ))}
      </section>
    </article>
  );
}
