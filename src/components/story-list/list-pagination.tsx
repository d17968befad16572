import { Link } from 'react-router';
import { homePath } from '../../url/paths.ts';
import { GAP, pageNumbers } from './page-numbers.ts';
import { withPage } from '../../url/page-search.ts';
import './list-pagination.css';

interface ListPaginationProps {
  page: number;
  pageCount: number;
  /** The current query string: every page link keeps its filters. */
  search: string;
  /** Called when a page link is followed (the list moves focus to its top). */
  onNavigate?: () => void;
  /** The list's path given a query string: `/` (the stories) unless told. */
  path?: (search: string) => string;
  /** What the pages are of, for the navigation's name ("Pages of stories"). */
  of?: string;
}

/** Links to the other pages of a list: previous, next, the first, the last and those near this one. */
export function ListPagination({
  page,
  pageCount,
  search,
  onNavigate,
  path = homePath,
  of = 'stories',
}: ListPaginationProps) {
  if (pageCount <= 1) return null;
  const to = (p: number) => path(withPage(search, p));
  return (
    <nav className="list-pagination" aria-label={`Pages of ${of}`}>
      <ul className="list-pagination__list">
        {page > 1 && (
          <li>
            <Link to={to(page - 1)} rel="prev" className="list-pagination__step" onClick={onNavigate}>
              <span aria-hidden="true">‹ </span>Previous
            </Link>
          </li>
        )}
        {pageNumbers(page, pageCount).map((p, i) =>
          p === GAP ? (
            <li key={`gap-${i}`} className="list-pagination__gap" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={p}>
              <Link
                to={to(p)}
                className="list-pagination__page"
                aria-label={`Page ${p}`}
                aria-current={p === page ? 'page' : undefined}
                onClick={onNavigate}
              >
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount && (
          <li>
            <Link to={to(page + 1)} rel="next" className="list-pagination__step" onClick={onNavigate}>
              Next<span aria-hidden="true"> ›</span>
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
