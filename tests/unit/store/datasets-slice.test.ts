import type { Dataset } from '../../../src/domain/model';
import { createDefaultViewState, type ViewState } from '../../../src/domain/query/view-state';
import { initialPubscopeState, usePubscopeStore } from '../../../src/store/pubscope-store';
import { makePaper, resetPaperPositions } from '../make-paper';
import { createSampleDataset } from '../sample-dataset';

function makeDataset(id: string, name = `Dataset ${id}`): Dataset {
  resetPaperPositions();
  return {
    id,
    name,
    profile: { name: 'Lea Novak', reported: {} },
    papers: [makePaper({ title: 'Multilingual Probing', category: 'cs.CL', published: '2025-02-03' })],
    warnings: [],
    source: { format: 'bibtex' },
  };
}

function viewWithSearch(search: string): ViewState {
  const view = createDefaultViewState();
  view.filters.search = search;
  return view;
}

const state = () => usePubscopeStore.getState();
const datasetIds = () => state().datasets.map((dataset) => dataset.id);

/** Loads the default dataset and two imports, leaving `c` active. */
function loadThree(): void {
  state().addDataset(makeDataset('default', 'Default profile'));
  state().addDataset(makeDataset('b'));
  state().addDataset(makeDataset('c'));
}

afterEach(() => {
  usePubscopeStore.setState(initialPubscopeState, true);
});

describe('datasets slice views', () => {
  it('should keep the view of the first dataset added', () => {
    state().setSearch('from the link');

    state().addDataset(makeDataset('default'));

    expect(state().view).toEqual(viewWithSearch('from the link'));
  });

  it('should open an added dataset in the default view', () => {
    state().addDataset(makeDataset('default'));
    state().setSearch('probing');

    state().addDataset(makeDataset('b'));

    expect(state().view).toEqual(createDefaultViewState());
    expect(state().viewsByDataset).toEqual({ default: viewWithSearch('probing') });
  });

  it('should keep the view when the active dataset is replaced', () => {
    state().addDataset(makeDataset('default'));
    state().setSearch('probing');

    state().addDataset(makeDataset('default', 'Reloaded'));

    expect(state().view).toEqual(viewWithSearch('probing'));
    expect(state().viewsByDataset).toEqual({});
  });

  it('should keep each dataset its own view when switching', () => {
    loadThree();
    state().setSearch('on c');
    state().setActiveDataset('b');
    state().toggleSort('title');

    state().setActiveDataset('c');

    expect(state().view).toEqual(viewWithSearch('on c'));
    expect(state().viewsByDataset.b?.sort).toEqual({ key: 'title', direction: 'asc' });
    expect(state().viewsByDataset.c).toBeUndefined();
  });

  it('should ignore switching to the active dataset', () => {
    loadThree();
    const before = state();

    state().setActiveDataset('c');

    expect(state()).toBe(before);
  });
});

describe('datasets slice removal', () => {
  it('should remove an inactive dataset and keep it for undo', () => {
    loadThree();
    state().setActiveDataset('b');

    state().removeDataset('c');

    expect(datasetIds()).toEqual(['default', 'b']);
    expect(state().activeDatasetId).toBe('b');
    expect(state().lastRemoved).toEqual({
      dataset: makeDataset('c'),
      position: 2,
      view: createDefaultViewState(),
      wasActive: false,
    });
  });

  it('should activate the previous dataset when the active one is removed', () => {
    loadThree();
    state().setActiveDataset('b');
    state().setSearch('on b');
    state().setActiveDataset('c');

    state().removeDataset('c');

    expect(state().activeDatasetId).toBe('b');
    expect(state().view).toEqual(viewWithSearch('on b'));
    expect(state().viewsByDataset.b).toBeUndefined();
  });

  it('should activate the next dataset when the first one is removed', () => {
    state().addDataset(makeDataset('a'));
    state().addDataset(makeDataset('b'));
    state().setActiveDataset('a');

    state().removeDataset('a');

    expect(state().activeDatasetId).toBe('b');
  });

  it('should leave nothing active when the only dataset is removed', () => {
    state().addDataset(makeDataset('a'));
    state().setSearch('gone');

    state().removeDataset('a');

    expect(state().activeDatasetId).toBeNull();
    expect(state().view).toEqual(createDefaultViewState());
  });

  it('should put a removed dataset back at its position with its view', () => {
    loadThree();
    state().setActiveDataset('b');
    state().setSearch('on b');
    state().setActiveDataset('c');
    state().removeDataset('b');

    state().undoRemove();

    expect(datasetIds()).toEqual(['default', 'b', 'c']);
    expect(state().activeDatasetId).toBe('c');
    expect(state().viewsByDataset.b).toEqual(viewWithSearch('on b'));
    expect(state().lastRemoved).toBeNull();
  });

  it('should make an undone dataset active again if it was', () => {
    loadThree();
    state().setSearch('on c');
    state().removeDataset('c');

    state().undoRemove();

    expect(datasetIds()).toEqual(['default', 'b', 'c']);
    expect(state().activeDatasetId).toBe('c');
    expect(state().view).toEqual(viewWithSearch('on c'));
    expect(state().viewsByDataset.b).toEqual(createDefaultViewState());
  });

  it('should forget the undo once the same id is added again', () => {
    loadThree();
    state().removeDataset('b');
    state().addDataset(makeDataset('b', 'Imported again'));

    state().undoRemove();

    expect(datasetIds()).toEqual(['default', 'c', 'b']);
    expect(state().datasets[2]?.name).toBe('Imported again');
    expect(state().lastRemoved).toBeNull();
  });

  it('should keep only the latest removal for undo', () => {
    loadThree();
    state().removeDataset('b');
    state().removeDataset('c');

    state().undoRemove();
    state().undoRemove();

    expect(datasetIds()).toEqual(['default', 'c']);
  });

  it('should not remove the default dataset', () => {
    loadThree();
    const before = state();

    state().removeDataset('default');

    expect(state()).toBe(before);
  });

  it('should ignore an unknown id', () => {
    loadThree();
    const before = state();

    state().removeDataset('missing');
    state().undoRemove();

    expect(state()).toBe(before);
  });
});

describe('datasets slice renaming', () => {
  it('should rename with the name trimmed', () => {
    loadThree();

    state().renameDataset('b', '  Lea Novak (DBLP)  ');

    expect(state().datasets[1]).toEqual(makeDataset('b', 'Lea Novak (DBLP)'));
  });

  it('should keep the papers object when renaming', () => {
    loadThree();
    const papers = state().datasets[1]!.papers;

    state().renameDataset('b', 'Renamed');

    expect(state().datasets[1]!.papers).toBe(papers);
  });

  it.each([
    ['a blank name', 'b', '   '],
    ['the same name', 'b', 'Dataset b'],
    ['the default dataset', 'default', 'Mine now'],
    ['an unknown id', 'missing', 'Nobody'],
  ])('should ignore %s', (_case, datasetId, name) => {
    loadThree();
    const before = state();

    state().renameDataset(datasetId, name);

    expect(state()).toBe(before);
  });
});

describe('datasets slice restoring saved datasets', () => {
  it('should append saved datasets and keep the active one', () => {
    state().addDataset(makeDataset('default'));

    state().restoreSavedDatasets([
      { dataset: makeDataset('b'), view: viewWithSearch('on b') },
      { dataset: makeDataset('c') },
    ]);

    expect(datasetIds()).toEqual(['default', 'b', 'c']);
    expect(state().activeDatasetId).toBe('default');
    expect(state().viewsByDataset).toEqual({ b: viewWithSearch('on b') });
  });

  it('should skip datasets already loaded', () => {
    state().addDataset(makeDataset('default'));
    state().addDataset(makeDataset('b', 'Imported while loading'));

    state().restoreSavedDatasets([{ dataset: makeDataset('b', 'Saved earlier') }, { dataset: makeDataset('default') }]);

    expect(state().datasets.map((dataset) => dataset.name)).toEqual(['Dataset default', 'Imported while loading']);
  });

  it('should restore the active view while it is the default view', () => {
    state().addDataset(makeDataset('default'));

    state().restoreSavedDatasets([], viewWithSearch('saved'));

    expect(state().view).toEqual(viewWithSearch('saved'));
  });

  it('should keep an active view opened from a link', () => {
    state().addDataset(makeDataset('default'));
    state().setSearch('from the link');

    state().restoreSavedDatasets([], viewWithSearch('saved'));

    expect(state().view).toEqual(viewWithSearch('from the link'));
  });

  it('should keep views changed in this session', () => {
    state().addDataset(makeDataset('default'));
    state().setSearch('this session');
    state().addDataset(makeDataset('b'));

    state().restoreSavedDatasets([{ dataset: makeDataset('c'), view: viewWithSearch('on c') }], viewWithSearch('saved'));

    expect(state().viewsByDataset).toEqual({ default: viewWithSearch('this session'), c: viewWithSearch('on c') });
  });

  it('should activate the first saved dataset when none is active', () => {
    state().restoreSavedDatasets([{ dataset: makeDataset('b'), view: viewWithSearch('on b') }, { dataset: makeDataset('c') }]);

    expect(state().activeDatasetId).toBe('b');
    expect(state().view).toEqual(viewWithSearch('on b'));
  });
});

describe('datasets slice notices', () => {
  it('should hold the storage status', () => {
    state().setStorageStatus({ kind: 'memory-only', reason: 'the quota is full.' });

    expect(state().storageStatus).toEqual({ kind: 'memory-only', reason: 'the quota is full.' });
  });

  it('should hold and dismiss the set-aside notice', () => {
    const notice = { entries: [{ key: 'import-2', reason: 'It is not an object.' }] };

    state().setSetAsideNotice(notice);
    expect(state().setAsideNotice).toEqual(notice);
    state().setSetAsideNotice(null);
    expect(state().setAsideNotice).toBeNull();
  });
});

describe('addDataset replacing a dataset', () => {
  it('should keep the replaced dataset in its place', () => {
    const { addDataset } = usePubscopeStore.getState();
    addDataset({ ...createSampleDataset(), id: 'first', name: 'First' });
    addDataset({ ...createSampleDataset(), id: 'second', name: 'Second' });

    addDataset({ ...createSampleDataset(), id: 'first', name: 'First, with more papers' });

    expect(usePubscopeStore.getState().datasets.map((dataset) => dataset.name)).toEqual(['First, with more papers', 'Second']);
  });
});
