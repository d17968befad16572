import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UnknownFilterNotice } from '../../../src/components/filter/unknown-filter-notice.tsx';

describe('UnknownFilterNotice', () => {
  it.each<[string, { param: string; type: 'person' | null; slug: string }, string]>([
    [
      'a person',
      { param: 'person', type: 'person', slug: 'x' },
      'No person ‘x’ in this corpus; the rest of the filter applies.',
    ],
    [
      'an exclusion without type',
      { param: 'exclude', type: null, slug: 'x' },
      'No entity ‘x’ in this corpus; the rest of the filter applies.',
    ],
  ])('%s', (_label, value, expected) => {
    render(<UnknownFilterNotice unknown={[value]} />);
    expect(screen.getByRole('status').textContent).toBe(expected);
  });

  it('renders nothing when every value is known', () => {
    const { container } = render(<UnknownFilterNotice unknown={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
