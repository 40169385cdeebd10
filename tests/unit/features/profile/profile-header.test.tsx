import { cleanup, render, screen, within } from '@testing-library/react';

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
    const dataset = createSampleDataset();
    const counts = [25, 12, 3, undefined, 0];
    dataset.papers = dataset.papers.map((paper, position) => ({ ...paper, citations: counts[position] }));
    resetStore();
    usePubscopeStore.getState().addDataset(dataset);

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
