import { plural } from '../core/text/plural.ts';
import { useQuery } from '@tanstack/react-query';
import { useDocumentTitle } from '../components/document-title/use-document-title.ts';
import { APP_IDS } from '../components/layout/app-ids.ts';
import { DigestDropZone } from '../components/local/digest-drop-zone.tsx';
import { LocalDigestList } from '../components/local/local-digest-list.tsx';
import { useLocalDigests } from '../components/local/use-add-local-digest.ts';
import { hasLocalStorage } from '../data/local-digest-store.ts';
import { localDigestsQueryOptions } from '../data/local-digests-query-options.ts';

/** `/my-digests`: read a digest of your own in this browser, list the ones kept here, remove them. */
export function MyDigestsRoute() {
  useDocumentTitle(null, 'Your digests');
  const { data: digests = [] } = useQuery(localDigestsQueryOptions());
  const { state, add, remove } = useLocalDigests();
  return (
    <main id={APP_IDS.main} tabIndex={-1} className="page my-digests">
      <h1 tabIndex={-1}>Your digests</h1>
      <p>
        Add a plain-text digest of your own: it is read here, in your browser, and joins the stories, filters
        and entity pages. It is kept in this browser until you remove it, so links to its stories open only in
        this browser.
      </p>
      {hasLocalStorage() ? (
        <DigestDropZone onFiles={(files) => void add(files)} busy={state.kind === 'reading'} />
      ) : (
        <p>This browser has no IndexedDB storage, so digests of your own can not be kept.</p>
      )}
      <div role="status" aria-live="polite">
        {state.kind === 'reading' && <p>Reading {state.name}…</p>}
        {state.kind === 'added' && (
          <p>
            Added {state.name}: {plural(state.stories, 'story', 'stories')}.
          </p>
        )}
      </div>
      {state.kind === 'added' && state.warnings.length > 0 && (
        <ul className="local-digests__warnings">
          {state.warnings.map((w) => (
            <li key={w}>
              <code>{w}</code>
            </li>
          ))}
        </ul>
      )}
      {state.kind === 'failed' && (
        <div role="alert" className="local-digests__errors">
          <p>Could not read:</p>
          <ul>
            {state.errors.map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
      <h2>Kept in this browser</h2>
      <LocalDigestList digests={digests} onRemove={(digest) => void remove(digest.id)} />
    </main>
  );
}
