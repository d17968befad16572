import { plural } from '../../core/text/plural.ts';
import { useMemo, useState } from 'react';
import { entityMentions } from '../../core/query/entity-mentions.ts';
import { useKeyboardShortcuts } from '../shortcuts/use-keyboard-shortcuts.ts';
import { useEntityMarks } from './entity-marks-context.ts';
import './mention-navigator.css';

/** Marks the mention as the one the navigator is on, and clears the previous one. */
function markCurrent(mark: Element | null): void {
  for (const el of document.querySelectorAll('.mention[data-current]')) el.removeAttribute('data-current');
  mark?.setAttribute('data-current', 'true');
}

/**
 * "3 of 17": steps through the mentions of the filtered entities across the story (buttons, `n` and
 * Shift+`N`), scrolling to each, marking it and moving focus to it without opening its card.
 */
export function MentionNavigator() {
  const { body, activeIds, visibleParagraphs, hiddenTypes, entityById } = useEntityMarks();
  const [position, setPosition] = useState(-1);
  const mentions = useMemo(() => {
    if (!body || activeIds.size === 0) return [];
    return entityMentions(body, activeIds).filter((m) => {
      const type = entityById.get(m.mention.entityId)?.type;
      return (!visibleParagraphs || visibleParagraphs.has(m.paragraphId)) && !(type && hiddenTypes.has(type));
    });
  }, [body, activeIds, visibleParagraphs, hiddenTypes, entityById]);

  const go = (step: 1 | -1) => {
    if (mentions.length === 0) return;
    const next =
      position < 0
        ? step === 1
          ? 0
          : mentions.length - 1
        : (position + step + mentions.length) % mentions.length;
    const target = mentions[next];
    if (!target) return;
    setPosition(next);
    const mark = document
      .getElementById(target.paragraphId)
      ?.querySelector<HTMLElement>(`.mention[data-mention-start="${target.mention.start}"]`);
    markCurrent(mark ?? null);
    mark?.scrollIntoView?.({ block: 'center' });
    const button = mark?.querySelector<HTMLButtonElement>('button');
    if (button) {
      button.dataset.quietFocus = 'true';
      button.focus({ preventScroll: true });
    }
  };
  useKeyboardShortcuts({ nextMention: () => go(1), previousMention: () => go(-1) });

  if (mentions.length === 0) return null;
  const names = [...activeIds].map((id) => entityById.get(id)?.name ?? id).join(', ');
  return (
    <div className="mention-navigator" role="group" aria-label={`Mentions of ${names}`}>
      <button
        type="button"
        className="mention-navigator__button"
        onClick={() => go(-1)}
        title="Previous mention (Shift+N)"
      >
        <span aria-hidden="true">‹</span> Previous
      </button>
      <span className="mention-navigator__status" aria-live="polite">
        {position < 0
          ? `${plural(mentions.length, 'mention', 'mentions')}`
          : `${position + 1} of ${mentions.length}`}
      </span>
      <button
        type="button"
        className="mention-navigator__button"
        onClick={() => go(1)}
        title="Next mention (N)"
      >
        Next <span aria-hidden="true">›</span>
      </button>
    </div>
  );
}
