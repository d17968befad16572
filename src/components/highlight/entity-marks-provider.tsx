import { useMemo, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { includedIds } from '../../core/query/included-ids.ts';
import { isFilterActive } from '../../core/query/is-filter-active.ts';
import { matchingParagraphs } from '../../core/query/matching-paragraphs.ts';
import type { CorpusIndex, StoryBody } from '../../core/schema.ts';
import { EntityMarksContext, type EntityMarks } from './entity-marks-context.ts';
import { HIDE_PARAM, hiddenTypes } from '../../url/hidden-types.ts';
import { parseSpeakerParam, SPEAKER_PARAM } from '../../core/quotes/speaker-param.ts';
import { speakerParagraphs } from '../../core/quotes/speaker-paragraphs.ts';
import { filterSearchKey } from '../../url/filter-search-key.ts';
import { readEntityFilter } from '../../url/read-entity-filter.ts';

interface EntityMarksProviderProps {
  index: CorpusIndex;
  /** The story being read: its paragraphs are matched against the filter (demonyms included). */
  body?: StoryBody;
  children: ReactNode;
}

/**
 * Gives highlighted text below it the corpus's entities, the filter's entities, the hidden types and, on a
 * story page, the paragraphs the filter keeps; all read from the URL.
 */
export function EntityMarksProvider({ index, body, children }: EntityMarksProviderProps) {
  const [params] = useSearchParams();
  const entityById = useMemo(() => new Map(index.entities.map((e) => [e.id, e])), [index]);
  // rebuild (and re-render every mark) only when the filter or the hidden types change, not on `?q=` typing
  const search = filterSearchKey(params, [HIDE_PARAM, SPEAKER_PARAM]);
  const value = useMemo<EntityMarks>(() => {
    const current = new URLSearchParams(search);
    const { filter } = readEntityFilter(current, index);
    const summary = body && index.stories.find((s) => s.id === body.id);
    const filtered =
      summary && isFilterActive(filter) ? new Set(matchingParagraphs(index, summary, filter, body)) : null;
    // "statements by" keeps the paragraphs holding the speaker's statements (of those the filter keeps)
    const speaker = parseSpeakerParam(current, index);
    return {
      index,
      entityById,
      hiddenTypes: hiddenTypes(current),
      activeIds: new Set(includedIds(filter)),
      visibleParagraphs: summary && speaker ? speakerParagraphs(summary, speaker, filtered) : filtered,
      body: body ?? null,
      demonymPlaces: filter.includeDemonyms
        ? index.entities.filter(
            (e) => e.type === 'place' && e.demonyms.length > 0 && filter.include.place.includes(e.id),
          )
        : [],
    };
  }, [index, entityById, search, body]);
  return <EntityMarksContext.Provider value={value}>{children}</EntityMarksContext.Provider>;
}
