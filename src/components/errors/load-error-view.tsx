import { Link } from 'react-router';
import { homePath } from '../../url/paths.ts';
import { useDocumentTitle } from '../document-title/use-document-title.ts';

/** What to show when data or code failed to load: the reason and a retry button, never a blank page. */
export function LoadErrorView({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  useDocumentTitle('Could not load');
  const reason = error instanceof Error ? error.message : 'An unexpected error happened.';
  return (
    <div className="load-error" role="alert">
      <h1>Could not load this page</h1>
      <p>{reason}</p>
      <p className="load-error__actions">
        <button type="button" className="button" onClick={onRetry}>
          Retry
        </button>
        <Link to={homePath()}>Back to all stories</Link>
      </p>
    </div>
  );
}
