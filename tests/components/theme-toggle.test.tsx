import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, test } from 'vitest';
import { ThemeToggle } from '../../src/components/theme/theme-toggle.tsx';
import { applyTheme, readStoredTheme } from '../../src/components/theme/theme-storage.ts';

afterEach(() => {
  localStorage.clear();
  applyTheme(null);
});

describe('ThemeToggle', () => {
  test('switches to dark and back, remembers the choice and sets data-theme', async () => {
    const user = userEvent.setup();
    render(<ThemeToggle />);
    await user.click(screen.getByRole('button', { name: 'Switch to dark theme' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(readStoredTheme()).toBe('dark');
    await user.click(screen.getByRole('button', { name: 'Switch to light theme' }));
    expect(document.documentElement.dataset.theme).toBe('light');
    expect(readStoredTheme()).toBe('light');
  });

  test('a remembered theme is applied before rendering', () => {
    localStorage.setItem('digest-explorer:theme', 'dark');
    applyTheme(readStoredTheme());
    expect(document.documentElement.dataset.theme).toBe('dark');
    render(<ThemeToggle />);
    expect(screen.getByRole('button', { name: 'Switch to light theme' })).toBeTruthy();
  });
});
