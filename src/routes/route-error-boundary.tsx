import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router';
import { LoadErrorView } from '../components/errors/load-error-view.tsx';
import { isNotFoundData } from './not-found-data.ts';
import { LazyNotFoundContent } from './lazy-not-found-content.tsx';
import { APP_IDS } from '../components/layout/app-ids.ts';

/** A route's error element: not-found views for 404s, a retry for failed loads. */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const body =
    isRouteErrorResponse(error) && error.status === 404 && isNotFoundData(error.data) ? (
      <LazyNotFoundContent missing={error.data} />
    ) : (
      <LoadErrorView error={error} onRetry={() => void revalidator.revalidate()} />
    );
  return (
    <main id={APP_IDS.main} tabIndex={-1} className="page">
      {body}
    </main>
  );
}
