import { useEffect, useRef, type FormEvent } from 'react';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { homePath, withSearchParam } from '../../routes/paths';
import { APP_IDS } from '../layout/app-ids.ts';

/**
 * Searches headlines: on the story list it filters as you type (`?q=` in the URL, replaced, not pushed);
 * elsewhere Enter goes to the story list with the query.
 */
export function HeaderSearch() {
  const location = useLocation();
  const navigate = useNavigate();
  const onHome = useMatch({ path: '/', end: true }) !== null;
  const input = useRef<HTMLInputElement>(null);
  const urlQuery = onHome ? (new URLSearchParams(location.search).get('q') ?? '') : '';
  // The field is uncontrolled so fast typing never waits for the URL; it follows the URL when the
  // query changes from elsewhere (back button, a link) while the reader is not typing.
  useEffect(() => {
    const field = input.current;
    if (field && document.activeElement !== field && field.value !== urlQuery) field.value = urlQuery;
  }, [urlQuery]);
  const go = (q: string, replace: boolean) =>
    navigate(homePath(withSearchParam(location.search, 'q', q)), { replace, preventScrollReset: true });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!onHome && input.current) void go(input.current.value.trim(), false);
  };
  return (
    <form role="search" className="header-search" onSubmit={onSubmit}>
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
        onChange={(e) => {
          if (onHome) void go(e.target.value, true);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') e.currentTarget.blur();
        }}
      />
      <kbd className="header-search__hint" aria-hidden="true">
        /
      </kbd>
    </form>
  );
}
