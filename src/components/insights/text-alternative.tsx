import { useId, useState, type ReactNode } from 'react';

/**
 * The text equivalent of a chart: always in the accessibility tree (visually hidden while collapsed), shown to
 * everyone by a "Show as table" disclosure. It holds no controls, so a hidden copy never takes keyboard focus.
 */
export function TextAlternative({ label, children }: { label: string; children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="insights-alt">
      <button
        type="button"
        className="button insights-alt__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Hide table' : 'Show as table'}
        <span className="visually-hidden">: {label}</span>
      </button>
      <div id={id} className={open ? 'insights-alt__body' : 'visually-hidden'}>
        {children}
      </div>
    </div>
  );
}
