import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { describeCorrection } from '../../../src/components/corrections/describe-correction.ts';
import { MergePicker } from '../../../src/components/corrections/merge-picker.tsx';
import type { Correction } from '../../../src/core/corrections/correction.ts';
import { fixtureIndex } from '../../app/fixture-corpus.ts';

const putin = fixtureIndex.entities.find((e) => e.id === 'person:vladimir-putin')!;

describe('MergePicker', () => {
  it('lists the other entities, narrows them as one types, and picks one', async () => {
    const onPick = vi.fn();
    render(<MergePicker index={fixtureIndex} entity={putin} onPick={onPick} onCancel={() => {}} />);
    const buttons = () => screen.queryAllByRole('button', { name: /^Merge into / }).map((b) => b.textContent);
    expect(buttons()).not.toContain('Merge into Vladimir Putin');
    // the same type first
    expect(buttons()[0]).toBe('Merge into Sergei Shoigu');
    const box = screen.getByRole('searchbox', { name: 'Merge Vladimir Putin into' });
    expect(document.activeElement).toBe(box);
    await userEvent.type(box, 'mariu');
    expect(buttons()).toEqual(['Merge into Mariupol']);
    expect(screen.getByText('1 match.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Merge into Mariupol' }));
    expect(onPick).toHaveBeenCalledWith(expect.objectContaining({ id: 'place:mariupol' }));
  });

  it('says when nothing matches, and Escape cancels', async () => {
    const onCancel = vi.fn();
    render(<MergePicker index={fixtureIndex} entity={putin} onPick={() => {}} onCancel={onCancel} />);
    await userEvent.type(screen.getByRole('searchbox'), 'zzz');
    expect(screen.getByText('No entity matches.')).toBeTruthy();
    await userEvent.keyboard('{Escape}');
    expect(onCancel).toHaveBeenCalled();
  });
});

describe('describeCorrection', () => {
  it.each<[Correction, string]>([
    [{ kind: 'rename', entityId: 'person:x', name: 'X Y' }, 'Renamed person:x to “X Y”'],
    [{ kind: 'retype', entityId: 'person:x', type: 'organization' }, 'Made person:x an organization'],
    [{ kind: 'retype', entityId: 'organization:x', type: 'place' }, 'Made organization:x a place'],
    [{ kind: 'merge', entityId: 'person:x', into: 'person:y' }, 'Merged person:x into person:y'],
    [{ kind: 'hide', entityId: 'person:x' }, 'Hid person:x'],
  ])('%j', (correction, text) => {
    expect(describeCorrection(correction)).toBe(text);
  });
});
