import type { CorpusIndex } from '../schema.ts';

/** The query parameter of the "statements by" filter: `?speaker=person:oleksiy-aristovich`. */
export const SPEAKER_PARAM = 'speaker';

/** The speaker the URL asks for, when it names a person or organization of the index; null otherwise. */
export function parseSpeakerParam(
  params: { get(name: string): string | null },
  index: CorpusIndex,
): string | null {
  const value = params.get(SPEAKER_PARAM);
  if (!value || !/^(?:person|organization):/u.test(value)) return null;
  return index.entities.some((e) => e.id === value) ? value : null;
}
