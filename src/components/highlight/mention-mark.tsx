import { useEffect, useId, useRef, useState, type FocusEvent } from 'react';
import type { EntitySummary } from '../../core/schema.ts';
import { EntityCard } from './entity-card.tsx';
import { mentionLabel } from './mention-label.ts';

interface MentionMarkProps {
  entity: EntitySummary;
  /** The words as they stand in the text. */
  surface: string;
  /** UTF-16 offset of the mention in its text, so the navigator can find it. */
  start: number;
  /** The filter includes this entity: drawn stronger. */
  active: boolean;
  interactive: boolean;
  /** A demonym of the place ("Russian" for Russia), marked because the reader asked for demonyms. */
  demonym?: boolean;
}

const OPEN_DELAY = 250;
const CLOSE_DELAY = 200;

/**
 * One mention: a mark holding a button named "Vladimir Putin, person". Hover or focus shows the entity's
 * card after it (non-modal: focus stays where it is; Tab reaches the card's links; Esc closes).
 */
export function MentionMark({
  entity,
  surface,
  start,
  active,
  interactive,
  demonym = false,
}: MentionMarkProps) {
  const [open, setOpen] = useState(false);
  const cardId = useId();
  const anchor = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const quietFocus = useRef(false);

  const later = (next: boolean, delay: number) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setOpen(next), delay);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      window.clearTimeout(timer.current);
      setOpen(false);
      if (anchor.current?.contains(document.activeElement) && document.activeElement !== button.current) {
        quietFocus.current = true;
        button.current?.focus();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const className = `mention mention--${entity.type}${active ? ' is-active' : ''}`;
  if (!interactive) {
    return (
      <mark className={className} data-entity-id={entity.id}>
        {surface}
      </mark>
    );
  }
  const onBlur = (event: FocusEvent) => {
    if (!(event.relatedTarget instanceof Node) || !anchor.current?.contains(event.relatedTarget))
      later(false, 0);
  };
  return (
    <span
      ref={anchor}
      className="mention-anchor"
      onMouseEnter={() => later(true, OPEN_DELAY)}
      onMouseLeave={() => later(false, CLOSE_DELAY)}
      onBlur={onBlur}
    >
      <mark
        className={demonym ? `${className} mention--demonym` : className}
        data-entity-id={entity.id}
        data-mention-start={demonym ? undefined : start}
      >
        <button
          ref={button}
          type="button"
          className="mention__button"
          aria-label={
            demonym ? `${surface}: demonym of ${entity.name}, place` : mentionLabel(entity, surface)
          }
          aria-expanded={open}
          aria-controls={open ? cardId : undefined}
          onFocus={(event) => {
            // the navigator moves focus here to show the hit: the card would cover the lines after it
            const fromNavigator = event.currentTarget.dataset.quietFocus === 'true';
            delete event.currentTarget.dataset.quietFocus;
            if (quietFocus.current || fromNavigator) quietFocus.current = false;
            else later(true, 0);
          }}
          onClick={() => later(!open, 0)}
        >
          {surface}
        </button>
      </mark>
      {open && <EntityCard id={cardId} entity={entity} />}
    </span>
  );
}
