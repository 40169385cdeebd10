import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { FiltersPanel } from '../../../../src/features/filters/filters-panel';
import { usePubscopeStore } from '../../../../src/store/pubscope-store';
import { loadSampleDataset, resetStore } from '../../sample-dataset';

function renderPanel() {
  loadSampleDataset();
  const user = userEvent.setup();
  render(<FiltersPanel />);
  return user;
}

function readFilters() {
  return usePubscopeStore.getState().view.filters;
}

function getCategoryToggles() {
  const group = screen.getByRole('group', { name: 'Categories' });
  return within(group).getAllByRole('button');
}

afterEach(() => {
  // Unmounts first: resetting the store under a mounted panel would update it outside act().
  cleanup();
  resetStore();
});

describe('FiltersPanel', () => {
  it('should announce the count in a status region', () => {
    renderPanel();

    const status = screen.getByRole('status');

    expect(status).toHaveTextContent('5 of 5 papers');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('heading', { name: 'Filters' })).toBeInTheDocument();
  });

  it('should update store and count on each keystroke', async () => {
    const user = renderPanel();
    const search = screen.getByRole('searchbox', { name: 'Search papers' });

    await user.type(search, 'dia');

    expect(readFilters().search).toBe('dia');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');

    await user.clear(search);

    expect(readFilters().search).toBe('');
    expect(screen.getByRole('status')).toHaveTextContent('5 of 5 papers');
  });

  it('should find the accented author without accents', async () => {
    const user = renderPanel();

    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'jose');

    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');
  });

  it('should require every search word to match', async () => {
    const user = renderPanel();

    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'ana novak');

    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 papers');
  });

  it('should list categories largest first with counts', () => {
    renderPanel();

    const toggles = getCategoryToggles();

    expect(toggles.map((toggle) => toggle.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      'CL Computation and Language 2',
      'LG Machine Learning 2',
      'AI Artificial Intelligence 1',
    ]);
    expect(screen.getByRole('button', { name: 'LG Machine Learning 2' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('should narrow to pressed categories', async () => {
    const user = renderPanel();

    await user.click(screen.getByRole('button', { name: 'LG Machine Learning 2' }));

    expect(readFilters().categories).toEqual(['LG']);
    expect(screen.getByRole('button', { name: 'LG Machine Learning 2' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 papers');

    await user.click(screen.getByRole('button', { name: 'AI Artificial Intelligence 1' }));

    expect(readFilters().categories).toEqual(['LG', 'AI']);
    expect(screen.getByRole('status')).toHaveTextContent('3 of 5 papers');

    await user.click(screen.getByRole('button', { name: 'LG Machine Learning 2' }));

    expect(readFilters().categories).toEqual(['AI']);
    expect(screen.getByRole('button', { name: 'LG Machine Learning 2' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');
  });

  it('should combine categories with search', async () => {
    const user = renderPanel();

    await user.click(screen.getByRole('button', { name: 'LG Machine Learning 2' }));
    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'sparse');

    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');
    expect(screen.getByRole('button', { name: 'LG Machine Learning 1' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'CL Computation and Language 0' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'AI Artificial Intelligence 0' })).toBeInTheDocument();
  });

  it('should keep the order when counts change', async () => {
    const user = renderPanel();

    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'planning');

    const names = getCategoryToggles().map((toggle) => toggle.textContent?.replace(/\s+/g, ' ').trim());
    expect(names).toEqual(['CL Computation and Language 0', 'LG Machine Learning 0', 'AI Artificial Intelligence 1']);
  });

  it('should offer every year of the dataset', () => {
    renderPanel();

    const from = screen.getByRole('combobox', { name: 'From year' });
    const options = within(from).getAllByRole('option').map((option) => option.textContent);

    expect(options).toEqual(['Any', '2022', '2023', '2024', '2025']);
    expect(from).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'To year' })).toHaveValue('');
  });

  it('should narrow to a year range', async () => {
    const user = renderPanel();

    await user.selectOptions(screen.getByRole('combobox', { name: 'From year' }), '2024');

    expect(readFilters().yearFrom).toBe(2024);
    expect(readFilters().yearTo).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent('3 of 5 papers');
    expect(screen.getByText('One paper without a date is hidden while a year is set.')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'To year' }), '2024');

    expect(readFilters().yearTo).toBe(2024);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 papers');

    await user.selectOptions(screen.getByRole('combobox', { name: 'From year' }), 'Any');

    expect(readFilters().yearFrom).toBeUndefined();
    expect(screen.getByRole('status')).toHaveTextContent('3 of 5 papers');
  });

  it('should move the other year when the range would cross', async () => {
    const user = renderPanel();
    const from = screen.getByRole('combobox', { name: 'From year' });
    const to = screen.getByRole('combobox', { name: 'To year' });

    await user.selectOptions(to, '2023');
    await user.selectOptions(from, '2025');

    expect(readFilters()).toMatchObject({ yearFrom: 2025, yearTo: 2025 });
    expect(to).toHaveValue('2025');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');

    await user.selectOptions(to, '2022');

    expect(readFilters()).toMatchObject({ yearFrom: 2022, yearTo: 2022 });
    expect(from).toHaveValue('2022');
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');
  });

  it('should keep only papers with code', async () => {
    const user = renderPanel();
    const hasCode = screen.getByRole('checkbox', { name: 'Has code' });

    await user.click(hasCode);

    expect(hasCode).toBeChecked();
    expect(readFilters().hasCode).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 papers');

    await user.click(hasCode);

    expect(readFilters().hasCode).toBe(false);
    expect(screen.getByRole('status')).toHaveTextContent('5 of 5 papers');
  });

  it('should keep only scored papers', async () => {
    const user = renderPanel();
    const scoredOnly = screen.getByRole('checkbox', { name: 'Scored only' });

    await user.click(scoredOnly);

    expect(scoredOnly).toBeChecked();
    expect(readFilters().scoredOnly).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 papers');

    await user.type(screen.getByRole('searchbox', { name: 'Search papers' }), 'planning');

    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');
  });

  it('should disable clear filters when nothing is set', () => {
    renderPanel();

    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeDisabled();
  });

  it('should enable clear filters for a chart selection alone', () => {
    renderPanel();

    act(() => usePubscopeStore.getState().toggleSelectedYear(2024));

    expect(screen.getByRole('button', { name: 'Clear filters' })).toBeEnabled();
  });

  it('should clear every filter and the selection', async () => {
    const user = renderPanel();
    const search = screen.getByRole('searchbox', { name: 'Search papers' });
    await user.type(search, 'ana');
    await user.click(screen.getByRole('button', { name: 'LG Machine Learning 2' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'From year' }), '2023');
    await user.click(screen.getByRole('checkbox', { name: 'Has code' }));
    await user.click(screen.getByRole('checkbox', { name: 'Scored only' }));
    act(() => usePubscopeStore.getState().toggleSelectedYear(2024));
    const clear = screen.getByRole('button', { name: 'Clear filters' });
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');

    await user.click(clear);

    expect(readFilters()).toEqual({ search: '', categories: [], hasCode: false, scoredOnly: false });
    expect(usePubscopeStore.getState().view.selection).toEqual({});
    expect(screen.getByRole('status')).toHaveTextContent('5 of 5 papers');
    expect(search).toHaveValue('');
    expect(screen.getByRole('button', { name: 'LG Machine Learning 2' })).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('combobox', { name: 'From year' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Has code' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Scored only' })).not.toBeChecked();
    expect(screen.queryByRole('button', { name: 'Remove year 2024 filter' })).not.toBeInTheDocument();
    expect(clear).toBeDisabled();
    expect(search).toHaveFocus();
  });

  it('should show no chips without a chart selection', () => {
    renderPanel();

    expect(screen.queryByRole('group', { name: 'Selected in the charts' })).not.toBeInTheDocument();
  });

  it('should show chips for the chart selection', () => {
    renderPanel();

    act(() => {
      usePubscopeStore.getState().toggleSelectedYear(2024);
      usePubscopeStore.getState().toggleSelectedCategory('LG');
    });

    const chips = screen.getByRole('group', { name: 'Selected in the charts' });
    expect(within(chips).getByRole('button', { name: 'Remove year 2024 filter' })).toHaveTextContent('Year: 2024 ✕');
    expect(within(chips).getByRole('button', { name: 'Remove category LG filter' })).toHaveTextContent('Category: LG ✕');
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 papers');
  });

  it('should clear the selection when chips are removed', async () => {
    const user = renderPanel();
    act(() => {
      usePubscopeStore.getState().toggleSelectedYear(2024);
      usePubscopeStore.getState().toggleSelectedCategory('CL');
    });

    await user.click(screen.getByRole('button', { name: 'Remove year 2024 filter' }));

    expect(usePubscopeStore.getState().view.selection.year).toBeUndefined();
    expect(usePubscopeStore.getState().view.selection.category).toBe('CL');
    expect(screen.queryByRole('button', { name: 'Remove year 2024 filter' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove category CL filter' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('2 of 5 papers');

    await user.click(screen.getByRole('button', { name: 'Remove category CL filter' }));

    expect(usePubscopeStore.getState().view.selection).toEqual({ year: undefined, category: undefined });
    expect(screen.queryByRole('group', { name: 'Selected in the charts' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveFocus();
    expect(screen.getByRole('status')).toHaveTextContent('5 of 5 papers');
  });

  it('should work by keyboard alone', async () => {
    const user = renderPanel();

    await user.tab();
    expect(screen.getByRole('searchbox', { name: 'Search papers' })).toHaveFocus();
    await user.keyboard('notes');
    await user.tab();
    expect(screen.getByRole('button', { name: 'CL Computation and Language 1' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(readFilters()).toMatchObject({ search: 'notes', categories: ['CL'] });
    expect(screen.getByRole('status')).toHaveTextContent('1 of 5 papers');
  });
});
