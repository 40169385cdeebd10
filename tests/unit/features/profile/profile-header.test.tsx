import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ProfileHeader } from '../../../../src/features/profile/profile-header';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, loadSampleDataset, resetStore } from '../../sample-dataset';

// Unmount before the store reset, so that the reset does not update a mounted header outside act().
afterEach(() => {
  cleanup();
  resetStore();
});

function figureValue(listName: string, label: string): string | null {
  const list = screen.getByLabelText(listName);
  const term = within(list).getByText(label, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? null;
}

function loadCitationCounts(counts: (number | undefined)[]): void {
  const dataset = createSampleDataset();
  dataset.papers = dataset.papers.map((paper, position) => ({ ...paper, citations: counts[position] }));
  resetStore();
  usePubscopeStore.getState().addDataset(dataset);
}

describe('ProfileHeader', () => {
  it('should show the name and category', () => {
    loadSampleDataset();

    render(<ProfileHeader />);

    expect(screen.getByRole('heading', { level: 1, name: 'Ana Sousa' })).toBeInTheDocument();
    expect(screen.getByText('Primary category: LG (Machine Learning)')).toBeInTheDocument();
  });

  it('should label reported figures as reported by the source', () => {
    loadSampleDataset();

    render(<ProfileHeader />);

    const reported = 'Reported by the source on 2026-12-04';
    expect(figureValue(reported, 'h-index')).toBe('3');
    expect(figureValue(reported, 'Citations')).toBe('40');
    expect(figureValue(reported, 'Novelty')).toBe('61%');
    expect(figureValue(reported, 'AI Score')).toBe('70');
  });

  it('should show figures computed from the papers', () => {
    loadSampleDataset();

    render(<ProfileHeader />);

    const computed = 'Computed by Pubscope from the loaded papers';
    expect(figureValue(computed, 'Papers loaded')).toBe('5');
    expect(figureValue(computed, 'With code')).toBe('2');
    expect(figureValue(computed, 'Scored')).toBe('2');
    expect(figureValue(computed, 'Mean score')).toBe('63.8');
    expect(figureValue(computed, 'Years')).toBe('2022–2025');
  });

  it('should explain figures that cannot all hold', () => {
    const dataset = createSampleDataset();
    dataset.profile.reported = { hIndex: 8, citations: 50 };
    resetStore();
    usePubscopeStore.getState().addDataset(dataset);

    render(<ProfileHeader />);

    expect(
      screen.getByText(
        "The source's figures cover more than the listed papers: an h-index of 8 needs at least 8 papers (only 5 listed) and at least 8² = 64 citations (50 reported).",
      ),
    ).toBeInTheDocument();
  });

  it('should say nothing when the figures can hold', () => {
    loadSampleDataset();

    render(<ProfileHeader />);

    expect(screen.queryByText(/cover more than the listed papers/)).not.toBeInTheDocument();
  });
});

describe('ProfileHeader citation figures', () => {
  it('should compute citations, h-index and i10-index from the papers', () => {
    loadCitationCounts([25, 12, 3, undefined, 0]);

    render(<ProfileHeader />);

    const computed = 'Computed by Pubscope from the loaded papers';
    expect(figureValue(computed, 'Citations')).toBe('40');
    expect(figureValue(computed, 'h-index')).toBe('3');
    expect(figureValue(computed, 'i10-index')).toBe('2');
  });

  it('should leave citation figures out without counts', () => {
    loadSampleDataset();

    render(<ProfileHeader />);

    const computed = screen.getByLabelText('Computed by Pubscope from the loaded papers');
    expect(within(computed).queryByText('i10-index')).not.toBeInTheDocument();
  });
});

describe('ProfileHeader g-index and next h-index step', () => {
  const computed = 'Computed by Pubscope from the loaded papers';

  it('should show g-index and citations to the next step', () => {
    // Most cited first: 25, 12, 3, 0. g = 4 because 40 >= 16; h = 3, and h = 4 needs 0 + 0 + 1 + 4 more.
    loadCitationCounts([25, 12, 3, undefined, 0]);

    render(<ProfileHeader />);

    expect(figureValue(computed, 'g-index')).toBe('4');
    expect(figureValue(computed, 'Citations to next h-index')).toBe('5');
  });

  it('should say when the next step needs another paper', () => {
    loadCitationCounts([4, 4, 4, 4, undefined]);

    render(<ProfileHeader />);

    expect(figureValue(computed, 'h-index')).toBe('4');
    expect(figureValue(computed, 'Citations to next h-index')).toBe('9 (needs a 5th paper)');
  });
});

describe('ProfileHeader figure sources', () => {
  const computed = 'Computed by Pubscope from the loaded papers';

  it('should explain the computed h-index by keyboard', async () => {
    const user = userEvent.setup();
    loadCitationCounts([25, 12, 3, undefined, 0]);
    render(<ProfileHeader />);
    const button = within(screen.getByLabelText(computed)).getByRole('button', { name: 'Source of h-index (computed)' });

    for (let step = 0; step < 40 && document.activeElement !== button; step++) await user.tab();
    expect(button).toHaveFocus();

    const explanation =
      'The h-index is the largest h such that h papers have at least h citations each. ' +
      '3 papers have at least 3 citations; the 4th most cited has 0. Papers with a citation count: 4 of 5 loaded.';
    expect(button).toHaveAccessibleDescription(explanation);
    expect(screen.getByRole('tooltip')).toHaveTextContent(explanation);
  });

  it('should close the tooltip on Escape', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    render(<ProfileHeader />);
    const button = within(screen.getByLabelText(computed)).getByRole('button', { name: 'Source of Papers loaded (computed)' });

    await user.click(button);
    expect(screen.getByRole('tooltip')).toHaveTextContent('Loaded papers: 5.');

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(button).toHaveAccessibleDescription(/Loaded papers: 5\./);
  });

  it('should open the tooltip on hover', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    render(<ProfileHeader />);
    const button = within(screen.getByLabelText(computed)).getByRole('button', { name: 'Source of Mean score (computed)' });

    await user.hover(button);
    expect(screen.getByRole('tooltip')).toHaveTextContent('The scores add up to 127.5 over 2 scored papers, of 5 loaded.');

    await user.unhover(button);
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
  });

  it('should close a hovered tooltip on Escape', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    render(<ProfileHeader />);
    const button = within(screen.getByLabelText(computed)).getByRole('button', { name: 'Source of Mean score (computed)' });

    await user.hover(button);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    expect(button).not.toHaveFocus();
  });

  it('should say a reported figure was reported by the source', () => {
    loadSampleDataset();

    render(<ProfileHeader />);

    const reported = screen.getByLabelText('Reported by the source on 2026-12-04');
    const button = within(reported).getByRole('button', { name: 'Source of Citations (reported)' });
    expect(button).toHaveAccessibleDescription('Reported by the source (Pubscope JSON) on 2026-12-04. Raw value: 40.');
  });

  it('should give every figure a source', () => {
    loadCitationCounts([25, 12, 3, undefined, 0]);

    render(<ProfileHeader />);

    const terms = screen.getAllByRole('term');
    const buttons = screen.getAllByRole('button', { name: /^Source of / });
    expect(buttons).toHaveLength(terms.length);
    for (const button of buttons) expect(button).toHaveAccessibleDescription(/\S/);
  });
});
