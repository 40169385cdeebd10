import { screen } from '@testing-library/react';

import { loadSampleDataset } from '../../sample-dataset';
import { cleanUpCharts, renderChartsPanel } from './render-charts';

vi.mock('../../../../src/features/charts/category-mix-panel', () => ({
  CategoryMixPanel: () => {
    throw new Error('Invented chart failure');
  },
}));

afterEach(cleanUpCharts);

describe('charts panel with a failing chart', () => {
  it('should contain the failure in that chart panel', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    loadSampleDataset();

    renderChartsPanel();

    expect(screen.getByRole('alert')).toHaveTextContent(
      'The category mix panel could not be shown: Invented chart failure',
    );
    expect(screen.getByRole('figure', { name: 'Papers per year' })).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'Score badges' })).toBeInTheDocument();
    consoleError.mockRestore();
  });
});
