import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { LazyShortcutsDialog } from '../../../src/components/shortcuts/lazy-shortcuts-dialog.tsx';

vi.setConfig({ testTimeout: 30_000 });

// The dialog's chunk arrives only when the test opens the gate.
const gate = vi.hoisted(() => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
});
vi.mock('../../../src/components/shortcuts/shortcuts-dialog.tsx', async (importOriginal) => {
  await gate.opened;
  return importOriginal();
});

describe('LazyShortcutsDialog', () => {
  it('opens as a busy dialog that can be closed, then lists the shortcuts', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<LazyShortcutsDialog onClose={onClose} />);
    const busy = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    expect(busy.getAttribute('aria-busy')).toBe('true');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await act(async () => gate.open());
    expect(await screen.findByText('Next section', {}, { timeout: 20_000 })).toBeTruthy();
    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' }).hasAttribute('aria-busy')).toBe(false);
  });
});
