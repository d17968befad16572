import { Link, NavLink, useLocation } from 'react-router';
import { homePath } from '../../url/paths.ts';
import { LazyHeaderSearch } from '../search/lazy-header-search.tsx';
import { ThemeToggle } from '../theme/theme-toggle.tsx';
import { HEADER_LINKS } from './header-links.ts';
import { APP_IDS } from './app-ids.ts';

/** The sticky header: name, search, main links, theme toggle and the shortcut help. */
export function AppHeader({ onShowShortcuts }: { onShowShortcuts: () => void }) {
  const { search } = useLocation();
  const carried = new URLSearchParams(search);
  carried.delete('q');
  return (
    <header className="app-header">
      <a
        className="skip-link"
        href={`#${APP_IDS.main}`}
        onClick={(e) => {
          // Focus the content without touching the URL's hash (it names paragraphs).
          const main = document.getElementById(APP_IDS.main);
          if (main) {
            e.preventDefault();
            main.focus();
          }
        }}
      >
        Skip to content
      </a>
      <Link to={homePath(carried)} className="app-header__brand">
        Digest Explorer
      </Link>
      <LazyHeaderSearch />
      <nav aria-label="Main" className="app-header__nav">
        {HEADER_LINKS.map((link) => (
          <NavLink key={link.label} to={link.to(carried.toString())} end={link.end}>
            {link.label}
          </NavLink>
        ))}
      </nav>
      <div className="app-header__tools">
        <ThemeToggle />
        <button
          type="button"
          className="icon-button app-header__shortcuts"
          // On a phone the visible label is hidden to save room; the name must not go with it.
          aria-label="Shortcuts"
          aria-haspopup="dialog"
          aria-keyshortcuts="?"
          onClick={onShowShortcuts}
        >
          <span className="app-header__shortcuts-label">Shortcuts</span> <kbd aria-hidden="true">?</kbd>
        </button>
      </div>
    </header>
  );
}
