import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { createStore, type StoreApi } from 'zustand/vanilla';

import { connectPersistence, type PersistenceConnection } from '../../../../src/adapters/persistence/connect-persistence';
import { openDatasetStorage, type DatasetStorage } from '../../../../src/adapters/persistence/dataset-storage';
import type { LoadOutcome } from '../../../../src/adapters/persistence/load-saved-datasets';
import type { Dataset } from '../../../../src/domain/model';
import { createDefaultViewState, type ViewState } from '../../../../src/domain/query/view-state';
import type { StorageStatus } from '../../../../src/domain/saved-data/storage-status';
import { createDatasetsSlice } from '../../../../src/store/datasets-slice';
import { initialPubscopeState, usePubscopeStore, type PubscopeState } from '../../../../src/store/pubscope-store';
import { createViewSlice } from '../../../../src/store/view-slice';

function createTestStore(): StoreApi<PubscopeState> {
  return createStore<PubscopeState>()((...args) => ({ ...createDatasetsSlice(...args), ...createViewSlice(...args) }));
}

function makeDataset(id: string, name = `Dataset ${id}`): Dataset {
  return {
    id,
    name,
    profile: { name: 'Priya Raman', reported: {} },
    papers: [
      {
        id: 't:one',
        title: 'Planning Under Uncertainty',
        authors: ['Priya Raman'],
        authorsTruncated: false,
        affiliations: [],
        category: 'cs.AI',
        hasCode: false,
        sourceIndex: 0,
      },
    ],
    warnings: [],
    source: { format: 'openalex' },
  };
}

function viewWithSearch(search: string): ViewState {
  const view = createDefaultViewState();
  view.filters.search = search;
  return view;
}

/** A storage that records its calls and stores nothing, for checking what is written and when. */
class RecordingStorage implements DatasetStorage {
  readonly calls: string[] = [];
  status: StorageStatus = { kind: 'ok' };
  #listener: ((status: StorageStatus) => void) | undefined;

  constructor(private readonly outcome: LoadOutcome = { datasets: [], setAside: [] }) {}

  onStatusChange(listener: (status: StorageStatus) => void): () => void {
    this.#listener = listener;
    return () => (this.#listener = undefined);
  }

  changeStatus(status: StorageStatus): void {
    this.status = status;
    this.#listener?.(status);
  }

  async loadAll(): Promise<LoadOutcome> {
    this.calls.push('loadAll');
    return this.outcome;
  }

  async save(dataset: Dataset, view?: ViewState): Promise<void> {
    this.calls.push(`save ${dataset.id} "${dataset.name}" view=${view ? `"${view.filters.search}"` : 'none'}`);
  }

  async saveView(datasetId: string, view: ViewState): Promise<void> {
    this.calls.push(`saveView ${datasetId} "${view.filters.search}"`);
  }

  async remove(datasetId: string): Promise<void> {
    this.calls.push(`remove ${datasetId}`);
  }

  async rename(datasetId: string, name: string): Promise<void> {
    this.calls.push(`rename ${datasetId} "${name}"`);
  }

  async exportRaw(): Promise<string> {
    return '{}';
  }

  close(): void {}
}

const connections: PersistenceConnection[] = [];

async function connect(store: StoreApi<PubscopeState>, storage: DatasetStorage): Promise<PersistenceConnection> {
  const connection = await connectPersistence(store, storage, { viewSaveDelayMs: 100 });
  connections.push(connection);
  return connection;
}

afterEach(async () => {
  for (const connection of connections.splice(0)) await connection.disconnect();
  vi.useRealTimers();
});

describe('connectPersistence loading', () => {
  it('should add saved datasets after the default one', async () => {
    const store = createTestStore();
    store.getState().addDataset(makeDataset('default'));
    const storage = new RecordingStorage({
      datasets: [{ dataset: makeDataset('b'), view: viewWithSearch('on b') }, { dataset: makeDataset('c') }],
      defaultView: viewWithSearch('on default'),
      setAside: [],
    });

    await connect(store, storage);

    const state = store.getState();
    expect(state.datasets.map((dataset) => dataset.id)).toEqual(['default', 'b', 'c']);
    expect(state.activeDatasetId).toBe('default');
    expect(state.view).toEqual(viewWithSearch('on default'));
    expect(state.viewsByDataset).toEqual({ b: viewWithSearch('on b') });
    expect(state.setAsideNotice).toBeNull();
  });

  it('should report records set aside', async () => {
    const store = createTestStore();
    const setAside = [{ key: 'import-2', reason: 'It is not an object.' }];

    await connect(store, new RecordingStorage({ datasets: [], setAside }));

    expect(store.getState().setAsideNotice).toEqual({ entries: setAside });
  });

  it('should follow the storage status', async () => {
    const store = createTestStore();
    const storage = new RecordingStorage();
    storage.status = { kind: 'memory-only', reason: 'no IndexedDB.' };

    await connect(store, storage);
    expect(store.getState().storageStatus).toEqual({ kind: 'memory-only', reason: 'no IndexedDB.' });
    storage.changeStatus({ kind: 'memory-only', reason: 'the quota is full.' });

    expect(store.getState().storageStatus).toEqual({ kind: 'memory-only', reason: 'the quota is full.' });
  });

  it('should not write back what it loaded', async () => {
    const store = createTestStore();
    store.getState().addDataset(makeDataset('default'));
    const storage = new RecordingStorage({ datasets: [{ dataset: makeDataset('b') }], setAside: [] });

    const connection = await connect(store, storage);
    await connection.flush();

    expect(storage.calls).toEqual(['loadAll', 'saveView default ""']);
  });

  it('should save a dataset imported while loading', async () => {
    const store = createTestStore();
    store.getState().addDataset(makeDataset('default'));
    store.getState().addDataset(makeDataset('early'));
    const storage = new RecordingStorage();

    const connection = await connect(store, storage);
    await connection.flush();

    expect(storage.calls).toEqual(['loadAll', 'save early "Dataset early" view=""', 'saveView early ""']);
  });
});

describe('connectPersistence saving', () => {
  async function connected(): Promise<{ store: StoreApi<PubscopeState>; storage: RecordingStorage; connection: PersistenceConnection }> {
    const store = createTestStore();
    store.getState().addDataset(makeDataset('default'));
    const storage = new RecordingStorage();
    const connection = await connect(store, storage);
    await connection.flush();
    storage.calls.length = 0;
    return { store, storage, connection };
  }

  it('should save an added dataset with its view but never the default one', async () => {
    const { store, storage, connection } = await connected();

    store.getState().addDataset(makeDataset('default', 'Rebuilt'));
    store.getState().addDataset(makeDataset('b'));
    await connection.flush();

    expect(storage.calls).toEqual(['save b "Dataset b" view=""', 'saveView b ""']);
  });

  it('should store a rename as a rename', async () => {
    const { store, storage, connection } = await connected();
    store.getState().addDataset(makeDataset('b'));
    await connection.flush();
    storage.calls.length = 0;

    store.getState().renameDataset('b', 'Priya Raman (OpenAlex)');
    await connection.flush();

    expect(storage.calls).toEqual(['rename b "Priya Raman (OpenAlex)"']);
  });

  it('should remove a dataset and save it again on undo', async () => {
    const { store, storage, connection } = await connected();
    store.getState().addDataset(makeDataset('b'));
    store.getState().setActiveDataset('default');
    await connection.flush();
    storage.calls.length = 0;

    store.getState().removeDataset('b');
    store.getState().undoRemove();
    await connection.flush();

    expect(storage.calls).toEqual(['remove b', 'save b "Dataset b" view=""']);
  });

  it('should save the view once typing pauses', async () => {
    vi.useFakeTimers();
    const { store, storage } = await connected();

    store.getState().setSearch('p');
    store.getState().setSearch('pl');
    vi.advanceTimersByTime(99);
    store.getState().setSearch('pla');
    vi.advanceTimersByTime(99);
    expect(storage.calls).toEqual([]);
    vi.advanceTimersByTime(1);

    expect(storage.calls).toEqual(['saveView default "pla"']);
  });

  it('should save the view of the dataset left when switching', async () => {
    const { store, storage, connection } = await connected();
    store.getState().addDataset(makeDataset('b'));
    await connection.flush();
    storage.calls.length = 0;

    store.getState().setSearch('on b');
    store.getState().setActiveDataset('default');
    await connection.flush();

    expect(storage.calls).toEqual(['saveView b "on b"', 'saveView default ""']);
  });

  it('should stop saving after disconnecting', async () => {
    const { store, storage, connection } = await connected();

    store.getState().setSearch('pending');
    await connection.disconnect();
    store.getState().addDataset(makeDataset('late'));

    expect(storage.calls).toEqual(['saveView default "pending"']);
  });
});

describe('connectPersistence across a reload', () => {
  it('should bring back datasets and views from IndexedDB', async () => {
    const factory = new IDBFactory();
    const firstStore = createTestStore();
    firstStore.getState().addDataset(makeDataset('default'));
    const firstStorage = await openDatasetStorage({ indexedDB: factory });
    const firstConnection = await connect(firstStore, firstStorage);
    firstStore.getState().addDataset(makeDataset('b'));
    firstStore.getState().setSearch('on b');
    firstStore.getState().setActiveDataset('default');
    firstStore.getState().toggleSort('title');
    await firstConnection.disconnect();
    firstStorage.close();

    const reloaded = createTestStore();
    reloaded.getState().addDataset(makeDataset('default'));
    const storage = await openDatasetStorage({ indexedDB: factory });
    await connect(reloaded, storage);

    const state = reloaded.getState();
    expect(state.datasets.map((dataset) => dataset.id)).toEqual(['default', 'b']);
    expect(state.view.sort).toEqual({ key: 'title', direction: 'asc' });
    expect(state.viewsByDataset).toEqual({ b: viewWithSearch('on b') });
    storage.close();
  });
});

describe('connectPersistence with set-aside papers', () => {
  it('should bring back each dataset set-aside ids after a reload', async () => {
    const factory = new IDBFactory();
    const firstStore = createTestStore();
    firstStore.getState().addDataset(makeDataset('default'));
    const firstStorage = await openDatasetStorage({ indexedDB: factory });
    const firstConnection = await connect(firstStore, firstStorage);
    firstStore.getState().addDataset(makeDataset('b'));
    firstStore.getState().setPaperAside('t:one');
    firstStore.getState().setActiveDataset('default');
    await firstConnection.disconnect();
    firstStorage.close();

    const reloaded = createTestStore();
    reloaded.getState().addDataset(makeDataset('default'));
    const storage = await openDatasetStorage({ indexedDB: factory });
    await connect(reloaded, storage);

    const state = reloaded.getState();
    expect(state.view.setAside).toEqual([]);
    expect(state.viewsByDataset.b?.setAside).toEqual(['t:one']);
    storage.close();
  });
});

describe('connectPersistence with the app store', () => {
  afterEach(() => {
    usePubscopeStore.setState(initialPubscopeState, true);
  });

  it('should load saved datasets into the app store', async () => {
    usePubscopeStore.getState().addDataset(makeDataset('default'));
    const storage = new RecordingStorage({ datasets: [{ dataset: makeDataset('b') }], setAside: [] });

    await connect(usePubscopeStore, storage);

    expect(usePubscopeStore.getState().datasets.map((dataset) => dataset.id)).toEqual(['default', 'b']);
  });
});
