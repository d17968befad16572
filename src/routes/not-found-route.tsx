import { useLocation } from 'react-router';
import { LazyNotFoundContent } from './lazy-not-found-content.tsx';
import { APP_IDS } from '../components/layout/app-ids.ts';

/** The catch-all route: any path the app does not know. */
export function NotFoundRoute() {
  const { pathname } = useLocation();
  let path = pathname.replace(/^\/+/, '');
  try {
    path = decodeURIComponent(path);
  } catch {
    // a malformed escape: show the path as it is
  }
  return (
    <main id={APP_IDS.main} tabIndex={-1} className="page">
      <LazyNotFoundContent missing={{ kind: 'page', path }} />
    </main>
  );
}
