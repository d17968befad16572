import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { describeCorrection } from '../components/corrections/describe-correction.ts';
import { exportCorrections } from '../components/corrections/export-corrections.ts';
import { useCorrections } from '../components/corrections/use-corrections.ts';
import { APP_IDS } from '../components/layout/app-ids.ts';
import '../components/corrections/corrections.css';

/** `/corrections`: the reader's corrections in order, each undoable; export as corrections.json, or clear. */
export function CorrectionsRoute() {
  useDocumentTitle(null, 'Corrections');
  const { corrections, removeAt, clear } = useCorrections();
  return (
    <main id={APP_IDS.main} tabIndex={-1} className="page corrections-page">
      <h1 tabIndex={-1}>Corrections</h1>
      <p>
        Entities you renamed, retyped, merged or hid. They apply in this browser, in this order. Export them
        as <code>corrections.json</code>; saved in the project as <code>seeds/corrections.json</code>, the
        next build applies them for everyone.
      </p>
      {corrections.length === 0 ? (
        <p>No corrections yet. Make one from an entity’s page.</p>
      ) : (
        <>
          <ol className="corrections-list">
            {corrections.map((correction, i) => {
              const text = describeCorrection(correction);
              return (
                <li key={`${i}:${text}`}>
                  {text}{' '}
                  <button
                    type="button"
                    className="button"
                    aria-label={`Undo: ${text}`}
                    onClick={() => void removeAt(i)}
                  >
                    Undo
                  </button>
                </li>
              );
            })}
          </ol>
          <div className="entity-corrections__actions">
            <button type="button" className="button" onClick={() => exportCorrections(corrections)}>
              Export corrections.json
            </button>
            <button type="button" className="button" onClick={() => void clear()}>
              Clear
            </button>
          </div>
        </>
      )}
    </main>
  );
}
