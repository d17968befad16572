import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CollapsedParagraphs } from '../../../src/components/filter/collapsed-paragraphs.tsx';
import { EntityMarksProvider } from '../../../src/components/highlight/entity-marks-provider.tsx';
import { FIXTURE_BODIES, FIXTURE_INDEX } from '../../core/query/fixture-corpus.ts';

const body = FIXTURE_BODIES.get('zelenskys-adviser');
if (!body) throw new Error('fixture');
const lead = body.story.sections[0];
if (!lead) throw new Error('fixture');
const leadParagraphs = lead.paragraphs;

function renderAt(url: string) {
  const router = createMemoryRouter(
    [
      {
        path: '*',
        element: (
          <EntityMarksProvider index={FIXTURE_INDEX} body={body}>
            <CollapsedParagraphs paragraphs={leadParagraphs}>
              {(p) => (
                <p key={p.id} id={p.id} tabIndex={-1}>
                  {p.text}
                </p>
              )}
            </CollapsedParagraphs>
          </EntityMarksProvider>
        ),
      },
    ],
    { initialEntries: [url] },
  );
  return render(<RouterProvider router={router} />);
}

const shown = () => [...document.querySelectorAll('p[id]')].map((p) => p.id);
const folds = () => screen.queryAllByRole('button').map((b) => b.textContent);

describe('CollapsedParagraphs', () => {
  it.each<[string, string, string[], string[]]>([
    ['no filter: every paragraph, no folds', '/story/x', ['p-3', 'p-5', 'p-7', 'p-9', 'p-11', 'p-13'], []],
    [
      'runs of others fold, each with its count',
      '/story/x?place=mariupol',
      ['p-3', 'p-11', 'p-13'],
      ['3 paragraphs hidden by the filtershow'],
    ],
    [
      'folds at both ends and between',
      '/story/x?place=russia',
      ['p-9'],
      ['3 paragraphs hidden by the filtershow', '2 paragraphs hidden by the filtershow'],
    ],
    [
      'demonyms count on the story page',
      '/story/x?place=russia&demonyms=1',
      ['p-5', 'p-7', 'p-9', 'p-11'],
      ['1 paragraph hidden by the filtershow', '1 paragraph hidden by the filtershow'],
    ],
    [
      'a fold holding the linked paragraph opens by itself',
      '/story/x?place=russia#p-5',
      ['p-3', 'p-5', 'p-7', 'p-9'],
      ['2 paragraphs hidden by the filtershow'],
    ],
    ['nothing matches: one fold', '/story/x?place=france', [], ['6 paragraphs hidden by the filtershow']],
  ])('%s', (_label, url, paragraphs, buttons) => {
    renderAt(url);
    expect(shown()).toEqual(paragraphs);
    expect(folds()).toEqual(buttons);
  });

  it('opens a fold in place and moves focus to its first paragraph', async () => {
    const user = userEvent.setup();
    renderAt('/story/x?place=russia');
    await user.click(screen.getByRole('button', { name: /3 paragraphs hidden/ }));
    expect(shown()).toEqual(['p-3', 'p-5', 'p-7', 'p-9']);
    expect(document.activeElement?.id).toBe('p-3');
    expect(folds()).toEqual(['2 paragraphs hidden by the filtershow']);
  });
});
