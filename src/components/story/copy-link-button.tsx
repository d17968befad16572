import { useHref } from 'react-router';
import { useAnnounce } from '../announcer/announcer-context.ts';
import { copyText } from './copy-text.ts';

interface CopyLinkButtonProps {
  /** Router path of what to link to (with query string and hash). */
  to: string;
  /** The accessible name, e.g. "Copy link to section ‘strategic goal’". */
  label: string;
  /** Tooltip, e.g. with the source line for citation. */
  title?: string;
}

/** Copies the absolute URL of a section or paragraph and confirms it politely. */
export function CopyLinkButton({ to, label, title }: CopyLinkButtonProps) {
  const href = useHref(to);
  const announce = useAnnounce();
  const onClick = async () => {
    const url = new URL(href, window.location.href).href;
    const copied = await copyText(url);
    announce(copied ? 'Link copied to the clipboard' : `Could not copy; the link is ${url}`);
  };
  return (
    <button type="button" className="copy-link" aria-label={label} title={title ?? label} onClick={onClick}>
      <svg aria-hidden="true" viewBox="0 0 24 24" width="16" height="16" focusable="false">
        <path
          d="M10 13a5 5 0 0 0 7.07 0l3-3a5 5 0 0 0-7.07-7.07l-1.5 1.5M14 11a5 5 0 0 0-7.07 0l-3 3a5 5 0 0 0 7.07 7.07l1.5-1.5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
