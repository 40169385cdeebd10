import { fireEvent, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, loadSampleDataset, resetStore } from '../../sample-dataset';
import { cleanUpCharts, getFigure, readRows, renderChartsPanel } from './render-charts';

afterEach(cleanUpCharts);

function selectedCategory(): string | undefined {
  return usePubscopeStore.getState().view.selection.category;
}

function getSlice(category: string): Element {
  // NOTE: recharts sectors have no role or name; the chart marks each one with its category for lookups like this.
  const slice = getFigure('Category mix').querySelector(`[data-category="${category}"] path`);
  if (!slice) throw new Error(`No slice is drawn for ${category}.`);
  return slice;
}

function getLegendSwatchColor(category: RegExp): string {
  const button = within(getFigure('Category mix')).getByRole('button', { name: category });
  return (button.querySelector('.chart-swatch') as HTMLElement).style.background;
}

describe('category mix panel', () => {
  it('should caption the figure', () => {
    loadSampleDataset();
    renderChartsPanel();

    expect(getFigure('Category mix')).toHaveTextContent('Category mix');
  });

  it('should list counts and shares in its data table', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    renderChartsPanel();
    const figure = getFigure('Category mix');

    await user.click(within(figure).getByRole('button', { name: /show data/i }));
    const table = within(figure).getByRole('table', { name: 'Papers per category' });

    expect(readRows(table)).toEqual([
      ['CL Computation and Language', '2', '40%'],
      ['LG Machine Learning', '2', '40%'],
      ['AI Artificial Intelligence', '1', '20%'],
    ]);
    expect(readRows(table, 'tfoot')).toEqual([['Total', '5', '100%']]);
  });

  it('should show count and share beside each category', () => {
    loadSampleDataset();
    renderChartsPanel();

    const legend = within(getFigure('Category mix')).getByRole('list', { name: 'Categories' });
    const items = within(legend).getAllByRole('listitem');

    expect(items.map((item) => item.querySelector('.legend-figures')?.textContent)).toEqual([
      '2 · 40%',
      '2 · 40%',
      '1 · 20%',
    ]);
    expect(within(legend).getByRole('button', { name: 'Filter to LG: 2 papers, 40%' })).toBeInTheDocument();
  });

  it('should draw one slice per category', () => {
    loadSampleDataset();
    renderChartsPanel();

    const slices = getFigure('Category mix').querySelectorAll('[data-category]');

    expect([...slices].map((slice) => slice.getAttribute('data-category'))).toEqual(['CL', 'LG', 'AI']);
  });

  it('should toggle the category on slice click', () => {
    loadSampleDataset();
    renderChartsPanel();

    fireEvent.click(getSlice('LG'));

    expect(selectedCategory()).toBe('LG');
    expect(getSlice('CL').parentElement).toHaveClass('is-dimmed');
    expect(getSlice('LG').parentElement).not.toHaveClass('is-dimmed');
    expect(getFigure('Category mix')).toHaveTextContent('Showing LG papers only.');

    fireEvent.click(getSlice('LG'));

    expect(selectedCategory()).toBeUndefined();
  });

  it('should toggle a category from the keyboard with the legend buttons', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    renderChartsPanel();
    const button = within(getFigure('Category mix')).getByRole('button', { name: /^Filter to CL/ });

    button.focus();
    await user.keyboard('{Enter}');

    expect(selectedCategory()).toBe('CL');
    expect(button).toHaveAttribute('aria-pressed', 'true');

    await user.keyboard('{Enter}');

    expect(selectedCategory()).toBeUndefined();
  });

  it('should keep every category on screen while one is selected', () => {
    loadSampleDataset();
    usePubscopeStore.getState().toggleSelectedCategory('AI');
    renderChartsPanel();

    const slices = getFigure('Category mix').querySelectorAll('[data-category]');

    expect(slices).toHaveLength(3);
  });

  it('should follow the selected year with a full ring for its one category', () => {
    loadSampleDataset();
    usePubscopeStore.getState().toggleSelectedYear(2024);
    renderChartsPanel();
    const figure = getFigure('Category mix');

    expect(figure.querySelectorAll('[data-category]')).toHaveLength(1);
    expect(within(figure).getByRole('button', { name: 'Filter to LG: 2 papers, 100%' })).toBeInTheDocument();
  });

  it('should keep each category color when the filters change', async () => {
    loadSampleDataset();
    renderChartsPanel();
    const before = getLegendSwatchColor(/^Filter to AI/);

    await userEvent.setup().click(within(getFigure('Papers per year')).getByRole('button', { name: /show data/i }));
    await userEvent.setup().click(within(getFigure('Papers per year')).getByRole('button', { name: 'Filter to 2022' }));

    expect(within(getFigure('Category mix')).getAllByRole('button', { name: /^Filter to/ })).toHaveLength(1);
    expect(getLegendSwatchColor(/^Filter to AI/)).toBe(before);
  });

  it('should not offer papers without a category as a selection', () => {
    const dataset = createSampleDataset();
    dataset.papers = dataset.papers.map((paper) =>
      paper.id === 't:planning' ? { ...paper, category: undefined } : paper,
    );
    resetStore();
    usePubscopeStore.getState().addDataset(dataset);
    renderChartsPanel();
    const legend = within(getFigure('Category mix')).getByRole('list', { name: 'Categories' });

    expect(legend).toHaveTextContent('Other');
    expect(within(legend).queryByRole('button', { name: /Other/ })).not.toBeInTheDocument();

    fireEvent.click(getSlice('Other'));

    expect(selectedCategory()).toBeUndefined();
  });

  it('should say so when no paper matches', () => {
    loadSampleDataset();
    usePubscopeStore.getState().setSearch('no such words anywhere');
    renderChartsPanel();

    const figure = getFigure('Category mix');
    expect(figure).toHaveTextContent('No paper matches the current filters.');
    expect(within(figure).queryByRole('button', { name: /show data/i })).not.toBeInTheDocument();
  });
});
