import { Link } from 'react-router';

/** One step of the trail; the last one is the current page and has no link. */
export interface Crumb {
  label: string;
  to?: string;
}

/** The trail from the corpus to where the reader is. */
export function Breadcrumbs({ items }: { items: readonly Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumbs">
      <ol>
        {items.map((item, i) =>
          item.to && i < items.length - 1 ? (
            <li key={i}>
              <Link to={item.to} dir="auto">
                {item.label}
              </Link>
            </li>
          ) : (
            <li key={i} aria-current="page" dir="auto">
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
