import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import type { Paper } from '../../../../src/domain/model';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, resetStore } from '../../sample-dataset';
import { cleanUpCharts, getFigure, readRows, renderChartsPanel } from './render-charts';

afterEach(cleanUpCharts);

const CATEGORIES = ['cs.CV', 'cs.LG', 'cs.CL', 'cs.AI', 'cs.RO', 'cs.IR', 'cs.NE', 'cs.DB', 'cs.DS'];

/** Categories of the papers in order: the first category the most often, each next one less often. */
function listPaperCategories(count: number): string[] {
  const categories = CATEGORIES.flatMap((category, rank) => Array<string>((CATEGORIES.length - rank) * 8).fill(category));
  while (categories.length < count) categories.unshift('cs.CV');
  return categories;
}

/** Builds a record of `count` papers with scores 0, 0.25, 0.5 … and the categories of listPaperCategories. */
function loadLargeRecord(count: number): void {
  const categories = listPaperCategories(count);
  const papers: Paper[] = Array.from({ length: count }, (_unused, position) => ({
    id: `paper-${position}`,
    title: `Invented paper ${position}`,
    authors: ['Lea Novak'],
    authorsTruncated: false,
    affiliations: [],
    hasCode: false,
    sourceIndex: position,
    category: categories[position],
    published: `${2015 + (position % 10)}-03-01`,
    score: (position * 0.25) % 100,
  }));
  resetStore();
  usePubscopeStore.getState().addDataset({ ...createSampleDataset(), id: 'large', papers });
}

describe('charts of a large record', () => {
  it('should draw a score histogram past 300 scored papers', () => {
    loadLargeRecord(400);
    renderChartsPanel();

    const figure = getFigure('Score badges');
    const bins = within(figure).getByRole('list', { name: 'Scored papers per score range' });

    expect(within(bins).getAllByRole('img')).toHaveLength(50);
    expect(within(bins).getByRole('img', { name: 'Scores 80–81.9: 8 papers, Exceptional' })).toBeInTheDocument();
    expect(within(figure).queryByRole('list', { name: 'Scored papers' })).not.toBeInTheDocument();
    expect(figure).toHaveTextContent('Each bar counts the papers in a 2-point score range, colored by band.');
  });

  it('should list score ranges in its data table', async () => {
    loadLargeRecord(400);
    renderChartsPanel();
    const figure = getFigure('Score badges');

    await userEvent.click(within(figure).getByRole('button', { name: /show data/i }));
    const table = within(figure).getByRole('table', { name: 'Scored papers per score range, highest first' });

    expect(readRows(table).slice(0, 2)).toEqual([
      ['98–100', '8', 'Exceptional'],
      ['96–97.9', '8', 'Exceptional'],
    ]);
    expect(readRows(table)).toHaveLength(50);
  });

  it('should keep badges up to 300 scored papers', () => {
    loadLargeRecord(300);
    renderChartsPanel();

    const badges = within(getFigure('Score badges')).getByRole('list', { name: 'Scored papers' });

    expect(within(badges).getAllByRole('img')).toHaveLength(300);
  });

  it('should stack seven categories and group the rest', () => {
    loadLargeRecord(400);
    renderChartsPanel();

    const legend = within(getFigure('Papers per year')).getByRole('list', { name: 'Categories' });

    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      ...CATEGORIES.slice(0, 7),
      'Other categories',
    ]);
  });

  it('should keep every category in the year data table', async () => {
    loadLargeRecord(400);
    renderChartsPanel();
    const figure = getFigure('Papers per year');

    await userEvent.click(within(figure).getByRole('button', { name: /show data/i }));
    const table = within(figure).getByRole('table', { name: 'Papers per year and category' });

    expect(within(table).getAllByRole('columnheader')).toHaveLength(CATEGORIES.length + 2);
    expect(screen.queryByRole('columnheader', { name: 'Other categories' })).not.toBeInTheDocument();
  });

  it('should draw seven slices and one for the rest', () => {
    loadLargeRecord(400);
    renderChartsPanel();
    const figure = getFigure('Category mix');

    const slices = [...figure.querySelectorAll('[data-category]')].map((slice) => slice.getAttribute('data-category'));
    const legend = within(figure).getByRole('list', { name: 'Categories' });

    expect(slices).toEqual([...CATEGORIES.slice(0, 7), 'Other categories']);
    expect(within(legend).getAllByRole('listitem')).toHaveLength(CATEGORIES.length);
  });
});
