import { useState, type ReactNode } from 'react';
import { MoreRows, ROWS_STEP } from './more-rows.tsx';

/**
 * The first rows of a long insights list and the "Show more" footer that adds the next ones: every list
 * (money, statements, dates) cuts itself the same way.
 */
export function useMoreRows<T>(
  rows: readonly T[],
  noun: readonly [string, string],
): { shown: readonly T[]; more: ReactNode } {
  const [limit, setLimit] = useState(ROWS_STEP);
  return {
    shown: rows.slice(0, limit),
    more: (
      <MoreRows
        shown={Math.min(limit, rows.length)}
        total={rows.length}
        noun={noun}
        onMore={() => setLimit(limit + ROWS_STEP)}
      />
    ),
  };
}
