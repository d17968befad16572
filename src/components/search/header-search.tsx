import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from 'react';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { searchPath } from '../../url/paths.ts';
import { APP_IDS } from '../layout/app-ids.ts';

// The live results (and through them the search worker and the index's manifest) load on the first keystroke only.
const SearchLiveResults = lazy(() =>
  import('./search-live-results.tsx').then((m) => ({ default: m.SearchLiveResults })),
);

/** Waits this long after the last keystroke before searching: typing is never held up by a search. */
const DEBOUNCE_MS = 100;

/**
 * Full-text search: results show under the box as you type, Enter opens `/search?q=` with every hit (the
 * entity filter carried along); on that page typing updates the results in place. Escape clears.
 */
export function HeaderSearch() {
  const location = useLocation();
  const navigate = useNavigate();
  const onHome = useMatch({ path: '/', end: true }) !== null;
  const onSearch = useMatch({ path: '/search', end: true }) !== null;
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [live, setLive] = useState('');
  // a polite live region of its own, always in the page so screen readers hear each new count
  const [said, setSaid] = useState('');
  const params = new URLSearchParams(location.search);
  const urlQuery = onHome || onSearch ? (params.get('q') ?? '') : '';
  params.delete('q');
  const carried = params.toString();
  // The field is uncontrolled so fast typing never waits for a render; it follows the URL when the
  // query changes from elsewhere (back button, a link) while the reader is not typing.
  useEffect(() => {
    const field = input.current;
    if (field && document.activeElement !== field && field.value !== urlQuery) field.value = urlQuery;
  }, [urlQuery]);
  // A link followed (a result, the results page) closes the live results.
  useEffect(() => {
    window.clearTimeout(timer.current);
    setLive('');
  }, [location.pathname]);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const update = (value: string) => {
    const q = value.trim();
    if (onSearch) void navigate(searchPath(q, carried), { replace: true, preventScrollReset: true });
    else setLive(q);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    window.clearTimeout(timer.current);
    const q = input.current?.value.trim() ?? '';
    if (!q) return;
    setLive('');
    void navigate(searchPath(q, carried), { replace: onSearch });
  };
  const focusInput = () => input.current?.focus();
  return (
    <form
      role="search"
      className="header-search"
      onSubmit={onSubmit}
      onBlur={(event) => {
        // focus leaving the box and its results closes them; moving into the results keeps them
        if (!(event.relatedTarget instanceof Node) || !event.currentTarget.contains(event.relatedTarget))
          setLive('');
      }}
    >
      <label htmlFor={APP_IDS.search} className="visually-hidden">
        Search stories
      </label>
      <input
        ref={input}
        id={APP_IDS.search}
        type="search"
        placeholder="Search stories…"
        autoComplete="off"
        defaultValue={urlQuery}
        aria-keyshortcuts="/"
        onFocus={(e) => {
          if (!onSearch && e.target.value.trim()) setLive(e.target.value.trim());
        }}
        onChange={(e) => {
          const { value } = e.target;
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => update(value), DEBOUNCE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && live) {
            e.preventDefault();
            e.currentTarget.form?.querySelector<HTMLAnchorElement>('.search-live a')?.focus();
          }
          if (e.key !== 'Escape') return;
          e.preventDefault();
          window.clearTimeout(timer.current);
          if (e.currentTarget.value) {
            e.currentTarget.value = '';
            update('');
          } else e.currentTarget.blur();
        }}
      />
      <span className="visually-hidden" role="status">
        {live ? said : ''}
      </span>
      <kbd className="header-search__hint" aria-hidden="true">
        /
      </kbd>
      {live && (
        <Suspense fallback={null}>
          <SearchLiveResults query={live} carried={carried} onBackToInput={focusInput} onAnnounce={setSaid} />
        </Suspense>
      )}
    </form>
  );
}
