import { useEffect, useRef, type FormEvent } from 'react';
import { useLocation, useMatch, useNavigate } from 'react-router';
import { homePath, withSearchParam } from '../../routes/paths';

/** The id of the header's search field; the `/` shortcut focuses it. */
export const SEARCH_INPUT_ID = 'site-search';

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
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search stories
      </label>
      <input
        ref={input}
        id={SEARCH_INPUT_ID}
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
