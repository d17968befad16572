import { Link, useLocation } from 'react-router';
import { SPEAKER_PARAM } from '../../core/quotes/speaker-param.ts';
import { withSearchParam } from '../../routes/paths';
import { useEntityMarks } from '../entities/entity-marks-context.ts';
import './quotes.css';

/** "Only statements by Oleksiy Aristovich" with a link that drops the speaker filter and keeps the rest. */
export function SpeakerFilterNotice({ speakerId }: { speakerId: string | null }) {
  const { pathname, search } = useLocation();
  const { entityById } = useEntityMarks();
  if (!speakerId) return null;
  const name = entityById.get(speakerId)?.name ?? speakerId;
  return (
    <p className="speaker-filter" role="status">
      <span aria-hidden="true">❝ </span>
      Only statements by <strong>{name}</strong>.{' '}
      <Link to={`${pathname}${withSearchParam(search, SPEAKER_PARAM, '')}`}>Show all paragraphs</Link>
    </p>
  );
}
