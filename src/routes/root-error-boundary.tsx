import { useRouteError } from 'react-router';
import { LoadErrorView } from '../components/errors/load-error-view.tsx';

/** Last resort when the shell itself fails: the reason and a reload, never a blank page. */
export function RootErrorBoundary() {
  const error = useRouteError();
  return (
    <main id="main" className="page">
      <LoadErrorView error={error} onRetry={() => window.location.reload()} />
    </main>
  );
}
