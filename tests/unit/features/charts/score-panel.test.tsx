import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { createSampleDataset, loadSampleDataset, resetStore } from '../../sample-dataset';
import { cleanUpCharts, getFigure, readRows, renderChartsPanel } from './render-charts';

afterEach(cleanUpCharts);

describe('score badges panel', () => {
  it('should caption the figure', () => {
    loadSampleDataset();
    renderChartsPanel();

    expect(getFigure('Score badges')).toHaveTextContent('Score badges');
  });

  it('should draw one named badge per scored paper', () => {
    loadSampleDataset();
    renderChartsPanel();

    const badges = within(getFigure('Score badges')).getByRole('list', { name: 'Scored papers' });

    expect(within(badges).getAllByRole('img').map((badge) => badge.getAttribute('aria-label'))).toEqual([
      'Sparse Routing for Mixture Models: score 82.5, Exceptional',
      'Planning Under Uncertainty: score 45, Moderate',
    ]);
    expect(within(badges).getByRole('img', { name: /^Sparse Routing/ })).toHaveAttribute(
      'title',
      'Sparse Routing for Mixture Models: score 82.5, Exceptional',
    );
  });

  it('should place each badge at its score', () => {
    loadSampleDataset();
    renderChartsPanel();

    const badge = screen.getByRole('img', { name: /^Planning Under Uncertainty/ }).closest('li');

    expect(badge).toHaveStyle({ left: '45%' });
    expect(badge).toHaveClass('band-moderate');
  });

  it('should round badge numbers down to stay in band', () => {
    loadSampleDataset();
    renderChartsPanel();

    expect(screen.getByRole('img', { name: /^Sparse Routing/ })).toHaveTextContent(/^82$/);
  });

  it('should count the unscored papers in words', () => {
    loadSampleDataset();
    renderChartsPanel();

    expect(getFigure('Score badges')).toHaveTextContent('3 papers without a score are not drawn.');
  });

  it('should list the bands with their meaning and count', () => {
    loadSampleDataset();
    renderChartsPanel();

    const legend = within(getFigure('Score badges')).getByRole('list', { name: 'Score bands' });

    expect(within(legend).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Exceptional 80–100 · 1 paper',
      'Strong 60–79 · 0 papers',
      'Moderate 40–59 · 1 paper',
      'Low 0–39 · 0 papers',
    ]);
  });

  it('should list scored papers in its data table', async () => {
    const user = userEvent.setup();
    loadSampleDataset();
    renderChartsPanel();
    const figure = getFigure('Score badges');

    await user.click(within(figure).getByRole('button', { name: /show data/i }));
    const table = within(figure).getByRole('table', { name: 'Scored papers, highest score first' });

    expect(readRows(table)).toEqual([
      ['Sparse Routing for Mixture Models', '82.5', 'Exceptional'],
      ['Planning Under Uncertainty', '45', 'Moderate'],
    ]);
  });

  it('should show the profile novelty and AI score as meters', () => {
    loadSampleDataset();
    renderChartsPanel();

    const novelty = screen.getByRole('meter', { name: 'Novelty' });
    const aiScore = screen.getByRole('meter', { name: 'AI Score' });

    expect(novelty).toHaveAttribute('aria-valuenow', '61');
    expect(novelty).toHaveAttribute('aria-valuemin', '0');
    expect(novelty).toHaveAttribute('aria-valuemax', '100');
    expect(novelty).toHaveTextContent('61%');
    expect(aiScore).toHaveAttribute('aria-valuenow', '70');
  });

  it('should leave out meters the profile does not report', () => {
    const dataset = createSampleDataset();
    dataset.profile.reported = { hIndex: 3 };
    resetStore();
    usePubscopeStore.getState().addDataset(dataset);
    renderChartsPanel();

    expect(screen.queryByRole('meter')).not.toBeInTheDocument();
  });

  it('should say so when no paper matches', () => {
    loadSampleDataset();
    usePubscopeStore.getState().setSearch('no such words anywhere');
    renderChartsPanel();

    const figure = getFigure('Score badges');
    expect(figure).toHaveTextContent('No paper matches the current filters.');
    expect(within(figure).queryByRole('list', { name: 'Scored papers' })).not.toBeInTheDocument();
    expect(within(figure).getByRole('meter', { name: 'Novelty' })).toBeInTheDocument();
  });

  it('should say so when no matching paper is scored', () => {
    loadSampleDataset();
    usePubscopeStore.getState().setSearch('Dialogue');
    renderChartsPanel();

    expect(getFigure('Score badges')).toHaveTextContent('None of the matching papers has a score.');
  });
});
