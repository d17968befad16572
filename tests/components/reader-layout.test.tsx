import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test } from 'vitest';
import { ReaderLayout } from '../../src/components/layout/reader-layout.tsx';

function renderLayout(aside?: string) {
  render(
    <ReaderLayout outline={<nav aria-label="Outline">outline</nav>} aside={aside && <p>{aside}</p>}>
      <h1>Reading</h1>
    </ReaderLayout>,
  );
}

describe('ReaderLayout', () => {
  test('one main landmark; the aside slot only when given, named', () => {
    renderLayout('filters here');
    expect(screen.getAllByRole('main')).toHaveLength(1);
    expect(screen.getByRole('complementary', { name: 'Filters' }).textContent).toBe('filters here');
  });

  test('no aside without content', () => {
    renderLayout();
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  test('the phone outline toggle opens the drawer and Esc closes it, returning focus', async () => {
    const user = userEvent.setup();
    renderLayout();
    const toggle = screen.getByRole('button', { name: 'Outline' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel?.contains(screen.getByRole('navigation', { name: 'Outline' }))).toBe(true);
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(panel?.classList.contains('is-open')).toBe(true);
    await user.keyboard('{Escape}');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle);
  });
});
