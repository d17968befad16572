import { Link, useLocation } from 'react-router';
import { SPEAKER_PARAM } from '../../core/quotes/speaker-param.ts';
import { withSearchParam } from '../../url/paths.ts';
import type { CorpusIndex } from '../../core/schema.ts';
import { useSpeaker } from './use-speaker.ts';
import './quotes.css';

/**
 * "Only statements by Oleksiy Aristovich" with a link that drops the speaker filter and keeps the rest; in the
 * filter panel's chunk, so `/` loads none of it.
 */
export function SpeakerFilterNotice({ index }: { index: CorpusIndex }) {
  const { pathname, search } = useLocation();
  const speakerId = useSpeaker(index);
  if (!speakerId) return null;
  const name = index.entities.find((e) => e.id === speakerId)?.name ?? speakerId;
  return (
    <p className="speaker-filter" role="status">
      <span aria-hidden="true">❝ </span>
      Only statements by <strong>{name}</strong>.{' '}
      <Link to={`${pathname}${withSearchParam(search, SPEAKER_PARAM, '')}`}>Show all paragraphs</Link>
    </p>
  );
}
