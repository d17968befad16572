import { plural } from '../../core/text/plural.ts';

/** Rows an insights list shows at first, and adds per "Show more": at 1000× the seed a list holds thousands. */
export const ROWS_STEP = 100;

/** Below a cut list: how many rows it shows of how many, and a button for the next ones. */
export function MoreRows({
  shown,
  total,
  noun,
  onMore,
}: {
  shown: number;
  total: number;
  /** Singular and plural of what a row is: ['date mention', 'date mentions']. */
  noun: readonly [string, string];
  onMore: () => void;
}) {
  if (shown >= total) return null;
  const next = Math.min(ROWS_STEP, total - shown);
  return (
    <p className="insights-more">
      <span className="insights-meta">
        Showing {shown.toLocaleString('en')} of {plural(total, noun[0], noun[1])}.
      </span>{' '}
      <button type="button" className="button" onClick={onMore}>
        Show {next.toLocaleString('en')} more
      </button>
    </p>
  );
}
