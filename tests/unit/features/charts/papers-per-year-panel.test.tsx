import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { loadSampleDataset } from '../../sample-dataset';
import { cleanUpCharts, getFigure, readRows, renderChartsPanel } from './render-charts';

afterEach(cleanUpCharts);

function selectedYear(): number | undefined {
  return usePubscopeStore.getState().view.selection.year;
}

function getYearBar(year: number): Element {
  // NOTE: recharts bars have no role or name; the chart marks each one with its year for lookups like this.
  const bar = getFigure('Papers per year').querySelector(`[data-year="${year}"] rect`);
  if (!bar) throw new Error(`No bar is drawn for ${year}.`);
  return bar;
}

async function openYearTable(user: ReturnType<typeof userEvent.setup>): Promise<HTMLElement> {
  const figure = getFigure('Papers per year');
  await user.click(within(figure).getByRole('button', { name: /show data/i }));
  return within(figure).getByRole('table', { name: 'Papers per year and category' });
}

describe('papers per year panel', () => {
  it('should caption the figure', () => {
    loadSampleDataset();
    renderChartsPanel();

    expect(getFigure('Papers per year')).toHaveTextContent('Papers per year');
  });

  it('should list counts per year and category in its data table', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    renderChartsPanel();

    const table = await openYearTable(user);

    const headers = within(table).getAllByRole('columnheader').map((header) => header.textContent);
    expect(headers).toEqual(['Year', 'CL', 'LG', 'AI', 'Total']);
    expect(readRows(table)).toEqual([
      ['2022', '0', '0', '1', '1'],
      ['2023', '0', '0', '0', '0'],
      ['2024', '0', '2', '0', '2'],
      ['2025', '1', '0', '0', '1'],
    ]);
    expect(readRows(table, 'tfoot')).toEqual([['Total', '1', '2', '1', '4']]);
  });

  it('should toggle the data table with aria-expanded', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    renderChartsPanel();
    const toggle = within(getFigure('Papers per year')).getByRole('button', { name: /show data/i });
    const region = document.getElementById(toggle.getAttribute('aria-controls') ?? '');

    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(region).not.toBeVisible();

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide data: Papers per year');
    expect(region).toBeVisible();
  });

  it('should state the papers without a date', () => {
    loadSampleDataset();
    renderChartsPanel();

    expect(getFigure('Papers per year')).toHaveTextContent('1 paper without a publication date has no bar.');
  });

  it('should toggle the year on bar click', () => {
    loadSampleDataset();
    renderChartsPanel();

    fireEvent.click(getYearBar(2024));

    expect(selectedYear()).toBe(2024);
    expect(getYearBar(2022).parentElement).toHaveClass('is-dimmed');
    expect(getYearBar(2024).parentElement).not.toHaveClass('is-dimmed');
    expect(getFigure('Papers per year')).toHaveTextContent('Showing papers from 2024 only.');

    fireEvent.click(getYearBar(2024));

    expect(selectedYear()).toBeUndefined();
    expect(getYearBar(2022).parentElement).not.toHaveClass('is-dimmed');
  });

  it('should keep the other years on screen while a year is selected', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    usePubscopeStore.getState().toggleSelectedYear(2024);
    renderChartsPanel();

    const table = await openYearTable(user);

    expect(readRows(table).map((row) => row[0])).toEqual(['2022', '2023', '2024', '2025']);
  });

  it('should toggle a year from the keyboard with the table buttons', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    renderChartsPanel();
    const table = await openYearTable(user);
    const button = within(table).getByRole('button', { name: 'Filter to 2024' });

    button.focus();
    await user.keyboard('{Enter}');

    expect(selectedYear()).toBe(2024);
    expect(button).toHaveAttribute('aria-pressed', 'true');

    await user.keyboard(' ');

    expect(selectedYear()).toBeUndefined();
    expect(button).toHaveAttribute('aria-pressed', 'false');
  });

  it('should clear the selected year with its clear button', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    usePubscopeStore.getState().toggleSelectedYear(2022);
    renderChartsPanel();

    await user.click(await screen.findByRole('button', { name: 'Clear year' }));

    expect(selectedYear()).toBeUndefined();
  });

  it('should follow the selected category', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    usePubscopeStore.getState().toggleSelectedCategory('LG');
    renderChartsPanel();

    const table = await openYearTable(user);

    expect(readRows(table)).toEqual([['2024', '2', '2']]);
  });

  it('should say so when no paper matches', () => {
    loadSampleDataset();
    usePubscopeStore.getState().setSearch('no such words anywhere');
    renderChartsPanel();

    const figure = getFigure('Papers per year');
    expect(figure).toHaveTextContent('No paper matches the current filters.');
    expect(within(figure).queryByRole('button', { name: /show data/i })).not.toBeInTheDocument();
    expect(figure.querySelector('.recharts-wrapper')).toBeNull();
  });

  it('should say so when no matching paper is dated', () => {
    loadSampleDataset();
    usePubscopeStore.getState().setSearch('Notes on Evaluation');
    renderChartsPanel();

    expect(getFigure('Papers per year')).toHaveTextContent('None of the matching papers has a publication date.');
  });
});
