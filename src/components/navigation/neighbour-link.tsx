import { Link } from 'react-router';

/** A previous/next link with `rel`, a small caption and the target's name; nothing when there is no target. */
export function NeighbourLink({
  rel,
  to,
  caption,
  label,
}: {
  rel: 'prev' | 'next';
  to: string | null;
  caption: string;
  label: string;
}) {
  if (!to) return <span className={`pager__${rel} pager__empty`} />;
  return (
    <Link rel={rel} to={to} className={`pager__link pager__${rel}`} preventScrollReset={false}>
      <span className="pager__caption">
        {rel === 'prev' ? '← ' : ''}
        {caption}
        {rel === 'next' ? ' →' : ''}
      </span>
      <span className="pager__label" dir="auto">
        {label}
      </span>
    </Link>
  );
}
