import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { SHORTCUTS } from '../../../src/components/shortcuts/shortcut-list.ts';
import { ShortcutsDialog } from '../../../src/components/shortcuts/shortcuts-dialog.tsx';
import { useKeyboardShortcuts } from '../../../src/components/shortcuts/use-keyboard-shortcuts.ts';

describe('the shortcut table', () => {
  it('is what the help lists, the mention navigator keys included', () => {
    render(<ShortcutsDialog onClose={() => {}} />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = within(dialog)
      .getAllByRole('definition')
      .map((dd) => dd.textContent);
    expect(rows).toEqual(Object.values(SHORTCUTS).map((s) => s.action));
    expect(within(dialog).getByText('Next mention of the filtered entities')).toBeTruthy();
    const previous = within(dialog).getByText('Previous mention of the filtered entities');
    expect(previous.previousElementSibling?.textContent).toBe('Shift+N');
  });

  it('is what the hook binds: a handler named in it fires on its key', async () => {
    const user = userEvent.setup();
    const next = vi.fn();
    const previous = vi.fn();
    function Probe() {
      useKeyboardShortcuts({ nextMention: next, previousMention: previous });
      return null;
    }
    render(<Probe />);
    await user.keyboard('n');
    await user.keyboard('N');
    expect(next).toHaveBeenCalledTimes(1);
    expect(previous).toHaveBeenCalledTimes(1);
  });
});
