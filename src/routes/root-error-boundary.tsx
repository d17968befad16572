import { useRouteError } from 'react-router';
import { LoadErrorView } from '../components/errors/load-error-view.tsx';
import { APP_IDS } from '../components/layout/app-ids.ts';

/** Last resort when the shell itself fails: the reason and a reload, never a blank page. */
export function RootErrorBoundary() {
  const error = useRouteError();
  return (
    <main id={APP_IDS.main} className="page">
      <LoadErrorView error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
