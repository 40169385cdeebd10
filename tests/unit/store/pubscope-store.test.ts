import { createDefaultViewState } from '../../../src/domain/query/view-state';
import { initialPubscopeState, usePubscopeStore } from '../../../src/store/pubscope-store';
import { selectActiveDataset, selectVisible } from '../../../src/store/selectors';
import { makePaper, resetPaperPositions } from '../make-paper';
import type { Dataset } from '../../../src/domain/model';

function makeDataset(id: string): Dataset {
  resetPaperPositions();
  return {
    id,
    name: `Dataset ${id}`,
    profile: { name: 'Alex Moreau', reported: {} },
    papers: [
      makePaper({ title: 'First', category: 'LG', published: '2024-01-01', score: 50 }),
      makePaper({ title: 'Second', category: 'CL', published: '2025-01-01' }),
    ],
    warnings: [],
    source: { format: 'csv' },
  };
}

afterEach(() => {
  usePubscopeStore.setState(initialPubscopeState, true);
});

describe('datasets slice', () => {
  it('should make an added dataset active', () => {
    usePubscopeStore.getState().addDataset(makeDataset('a'));
    usePubscopeStore.getState().addDataset(makeDataset('b'));

    expect(usePubscopeStore.getState().datasets.map((dataset) => dataset.id)).toEqual(['a', 'b']);
    expect(selectActiveDataset(usePubscopeStore.getState())?.id).toBe('b');
  });

  it('should ignore switching to an unknown dataset', () => {
    usePubscopeStore.getState().addDataset(makeDataset('a'));

    usePubscopeStore.getState().setActiveDataset('missing');

    expect(usePubscopeStore.getState().activeDatasetId).toBe('a');
  });
});

describe('view slice', () => {
  it('should toggle a category on and off', () => {
    const { toggleCategory } = usePubscopeStore.getState();

    toggleCategory('LG');
    expect(usePubscopeStore.getState().view.filters.categories).toEqual(['LG']);
    toggleCategory('LG');
    expect(usePubscopeStore.getState().view.filters.categories).toEqual([]);
  });

  it('should sort a new column in its first direction, then flip it', () => {
    const { toggleSort } = usePubscopeStore.getState();

    toggleSort('title');
    expect(usePubscopeStore.getState().view.sort).toEqual({ key: 'title', direction: 'asc' });
    toggleSort('title');
    expect(usePubscopeStore.getState().view.sort).toEqual({ key: 'title', direction: 'desc' });
    toggleSort('score');
    expect(usePubscopeStore.getState().view.sort).toEqual({ key: 'score', direction: 'desc' });
  });

  it('should clear a chart selection clicked twice', () => {
    const { toggleSelectedYear } = usePubscopeStore.getState();

    toggleSelectedYear(2024);
    expect(usePubscopeStore.getState().view.selection.year).toBe(2024);
    toggleSelectedYear(2024);
    expect(usePubscopeStore.getState().view.selection.year).toBeUndefined();
  });

  it('should clear filters and selection but keep the sort', () => {
    const state = usePubscopeStore.getState();
    state.setSearch('first');
    state.setHasCode(true);
    state.toggleSelectedCategory('LG');
    state.toggleSort('title');

    usePubscopeStore.getState().clearFilters();

    const { view } = usePubscopeStore.getState();
    expect(view.filters).toEqual(createDefaultViewState().filters);
    expect(view.selection).toEqual({});
    expect(view.sort).toEqual({ key: 'title', direction: 'asc' });
  });
});

describe('selectVisible', () => {
  it('should return the same array while nothing changes', () => {
    usePubscopeStore.getState().addDataset(makeDataset('a'));

    const first = selectVisible(usePubscopeStore.getState());
    const second = selectVisible(usePubscopeStore.getState());

    expect(second).toBe(first);
    expect(first.map((paper) => paper.title)).toEqual(['Second', 'First']);
  });

  it('should follow the search', () => {
    usePubscopeStore.getState().addDataset(makeDataset('a'));

    usePubscopeStore.getState().setSearch('first');

    expect(selectVisible(usePubscopeStore.getState()).map((paper) => paper.title)).toEqual(['First']);
  });
});
