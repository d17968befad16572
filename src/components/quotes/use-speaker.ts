import { useSearchParams } from 'react-router';
import { parseSpeakerParam } from '../../core/quotes/speaker-param.ts';
import type { CorpusIndex } from '../../core/schema.ts';

/** The "statements by" filter of the URL (`?speaker=person:…`), when it names a speaker of the index. */
export function useSpeaker(index: CorpusIndex): string | null {
  const [params] = useSearchParams();
  return parseSpeakerParam(params, index);
}
