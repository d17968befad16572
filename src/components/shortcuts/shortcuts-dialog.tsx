import { Fragment, useEffect, useRef, type KeyboardEvent } from 'react';
import { SHORTCUT_LIST } from './shortcut-list.ts';

/** The keyboard shortcut help: a modal dialog; Esc or the close button closes it and focus returns. */
export function ShortcutsDialog({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDivElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    close.current?.focus();
    return () => opener?.focus();
  }, []);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Tab') {
      // Keep focus inside: the close button is the only focusable element.
      event.preventDefault();
      close.current?.focus();
    }
  };
  return (
    <div className="dialog-backdrop" onClick={onClose}>
      <div
        ref={dialog}
        role="dialog"
        aria-modal="true"
        aria-label="Keyboard shortcuts"
        className="dialog"
        onKeyDown={onKeyDown}
        onClick={(e) => e.stopPropagation()}
      >
        <h2 className="dialog__title">Keyboard shortcuts</h2>
        <dl className="shortcut-list">
          {SHORTCUT_LIST.map(({ key, shown, action }) => (
            <div key={action} className="shortcut-list__row">
              <dt>
                {(shown ?? key).split('+').map((k, i) => (
                  <Fragment key={k}>
                    {i > 0 && '+'}
                    <kbd>{k}</kbd>
                  </Fragment>
                ))}
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
        <p className="dialog__note">Shortcuts are off while you type in a field.</p>
        <button ref={close} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
