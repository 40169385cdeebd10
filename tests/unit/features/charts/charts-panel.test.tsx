import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { loadSampleDataset } from '../../sample-dataset';
import { cleanUpCharts, renderChartsPanel } from './render-charts';

afterEach(cleanUpCharts);

describe('charts panel', () => {
  it('should caption each of the three figures', () => {
    loadSampleDataset();
    renderChartsPanel();

    const figures = within(screen.getByRole('region', { name: 'Charts' })).getAllByRole('figure');

    expect(figures.map((figure) => figure.querySelector('figcaption h2')?.textContent)).toEqual([
      'Papers per year',
      'Category mix',
      'Score badges',
    ]);
  });

  it('should give each show data button its own table', async () => {
    loadSampleDataset();
    renderChartsPanel();

    const toggles = screen.getAllByRole('button', { name: /show data/i });
    const controlled = toggles.map((toggle) => document.getElementById(toggle.getAttribute('aria-controls') ?? ''));
    for (const toggle of toggles) await userEvent.click(toggle);

    expect(toggles).toHaveLength(3);
    expect(new Set(controlled).size).toBe(3);
    controlled.forEach((region) => expect(region?.querySelector('table')).not.toBeNull());
  });

  it('should build a data table only once it is shown', () => {
    loadSampleDataset();
    renderChartsPanel();

    expect(screen.queryAllByRole('table', { hidden: true })).toHaveLength(0);
  });

  it('should show the empty state in every panel when the search matches nothing', () => {
    loadSampleDataset();
    usePubscopeStore.getState().setSearch('no such words anywhere');
    renderChartsPanel();

    expect(screen.getAllByText('No paper matches the current filters.')).toHaveLength(3);
  });
});
