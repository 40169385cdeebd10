import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, loadSampleDataset, resetStore } from '../../sample-dataset';
import { cleanUpCharts, getFigure, readRows, renderChartsPanel } from './render-charts';

afterEach(cleanUpCharts);

function loadDatasetWithYearlyCitations(): void {
  const dataset = createSampleDataset();
  dataset.papers[0] = { ...dataset.papers[0]!, citationsByYear: [{ year: 2024, count: 3 }, { year: 2026, count: 7 }] };
  dataset.papers[1] = { ...dataset.papers[1]!, citationsByYear: [{ year: 2026, count: 2 }] };
  resetStore();
  usePubscopeStore.getState().addDataset(dataset);
}

describe('CitationsPerYearPanel', () => {
  it('should stay away without per-year counts', () => {
    loadSampleDataset();

    renderChartsPanel();

    expect(screen.queryByRole('figure', { name: 'Citations per year' })).not.toBeInTheDocument();
  });

  it('should list citations per year with gaps as zero', async () => {
    loadDatasetWithYearlyCitations();
    const user = userEvent.setup();
    renderChartsPanel();
    const figure = getFigure('Citations per year');

    await user.click(within(figure).getByRole('button', { name: /Show data/ }));

    const table = within(figure).getByRole('table', { name: 'Citations received per year' });
    expect(readRows(table)).toEqual([
      ['2024', '3'],
      ['2025', '0'],
      ['2026', '9'],
    ]);
  });

  it('should follow the filters', async () => {
    loadDatasetWithYearlyCitations();
    const user = userEvent.setup();
    renderChartsPanel();

    act(() => usePubscopeStore.getState().setSearch('dialogue'));
    await user.click(within(getFigure('Citations per year')).getByRole('button', { name: /Show data/ }));

    const table = within(getFigure('Citations per year')).getByRole('table', { name: 'Citations received per year' });
    expect(readRows(table)).toEqual([['2026', '2']]);
  });
});
