import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore, IDBOpenDBRequest, IDBVersionChangeEvent } from 'fake-indexeddb';

import { openDatasetStorage, type DatasetStorage } from '../../../../src/adapters/persistence/dataset-storage';
import type { Dataset } from '../../../../src/domain/model';
import { createDefaultViewState, type ViewState } from '../../../../src/domain/query/view-state';
import type { StorageStatus } from '../../../../src/domain/saved-data/storage-status';
import { generateDataset } from '../../../../src/domain/synthetic/generate-dataset';

const DATABASE = 'pubscope';

function makeDataset(id: string, name = `Dataset ${id}`): Dataset {
  return {
    id,
    name,
    profile: { name: 'Wei Zhang', reported: { hIndex: 2 } },
    papers: [
      {
        id: 't:one',
        title: 'Retrieval for Long Documents',
        authors: ['Wei Zhang', 'Lea Novak'],
        authorsTruncated: false,
        affiliations: [],
        category: 'cs.IR',
        published: '2024-03-01',
        datePrecision: 'month',
        score: 61,
        hasCode: true,
        codeUrl: 'https://github.com/example/retrieval',
        sourceIndex: 0,
      },
    ],
    warnings: [{ message: 'One row was left out.', line: 4 }],
    source: { format: 'csv', fileName: 'wei-zhang.csv' },
  };
}

function makeView(search: string): ViewState {
  const view = createDefaultViewState();
  view.filters.search = search;
  view.sort = { key: 'title', direction: 'asc' };
  return view;
}

/** Creates a clock that advances one minute per call, so that the first-save order is visible. */
function steppingClock(): () => Date {
  let minutes = 0;
  return () => new Date(Date.UTC(2026, 11, 5, 9, minutes++));
}

let factory: IDBFactory;
let warn: ReturnType<typeof vi.spyOn>;
const opened: DatasetStorage[] = [];

async function open(options: Parameters<typeof openDatasetStorage>[0] = {}): Promise<DatasetStorage> {
  const storage = await openDatasetStorage({ indexedDB: factory, now: steppingClock(), ...options });
  opened.push(storage);
  return storage;
}

/** Opens the database directly, as a second tab or a damaged write would. */
async function openRaw(version?: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DATABASE, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function writeRaw(key: string, value: unknown, storeName: 'datasets' | 'views' = 'datasets'): Promise<void> {
  const database = await openRaw();
  await new Promise<void>((resolve, reject) => {
    const transaction = database.transaction(storeName, 'readwrite');
    transaction.objectStore(storeName).put(value, key);
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error);
  });
  database.close();
}

async function readRaw(storeName: 'datasets' | 'views' | 'set-aside'): Promise<{ keys: IDBValidKey[]; values: unknown[] }> {
  const database = await openRaw();
  const store = database.transaction(storeName, 'readonly').objectStore(storeName);
  const read = <T,>(request: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  const [keys, values] = await Promise.all([read(store.getAllKeys()), read(store.getAll())]);
  database.close();
  return { keys, values };
}

/** Creates the database with its stores, then closes the storage so that raw writes can follow. */
async function createDatabase(): Promise<void> {
  const storage = await open();
  storage.close();
}

/** Creates the database as layout version 1 left it: a datasets and a set-aside store, each view inside its record. */
async function createVersion1Database(records: Record<string, unknown>): Promise<void> {
  const database = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('datasets');
      request.result.createObjectStore('set-aside', { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  database.close();

  for (const [key, value] of Object.entries(records)) await writeRaw(key, value);
}

function makeVersion1Record(dataset: Dataset, view: unknown) {
  return { schemaVersion: 1, datasetId: dataset.id, dataset, view, createdAt: '2026-12-01T08:00:00.000Z' };
}

/** Spies on the object-store methods that read or write values, to count those made on the datasets store. */
function spyOnDatasetsStore() {
  const calls = {
    put: vi.spyOn(IDBObjectStore.prototype, 'put'),
    get: vi.spyOn(IDBObjectStore.prototype, 'get'),
    getAll: vi.spyOn(IDBObjectStore.prototype, 'getAll'),
  };
  const countOnDatasets = (spy: { mock: { contexts: unknown[] } }) =>
    spy.mock.contexts.filter((store) => (store as IDBObjectStore).name === 'datasets').length;

  return {
    puts: () => countOnDatasets(calls.put),
    reads: () => countOnDatasets(calls.get) + countOnDatasets(calls.getAll),
  };
}

beforeEach(() => {
  factory = new IDBFactory();
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  for (const storage of opened.splice(0)) storage.close();
  vi.restoreAllMocks();
});

describe('dataset storage', () => {
  it('should load a saved dataset with its view', async () => {
    const first = await open();
    await first.save(makeDataset('import-1'), makeView('retrieval'));
    first.close();

    const outcome = await (await open()).loadAll();

    expect(outcome).toEqual({ datasets: [{ dataset: makeDataset('import-1'), view: makeView('retrieval') }], setAside: [] });
  });

  it('should list datasets in the order first saved', async () => {
    const storage = await open();
    await storage.save(makeDataset('b'));
    await storage.save(makeDataset('a'));
    await storage.save(makeDataset('b', 'Updated later'));

    const outcome = await storage.loadAll();

    expect(outcome.datasets.map(({ dataset }) => dataset.name)).toEqual(['Updated later', 'Dataset a']);
  });

  it('should keep the stored view when saving without one', async () => {
    const storage = await open();
    await storage.save(makeDataset('import-1'), makeView('kept'));
    await storage.save(makeDataset('import-1', 'Renamed'));

    const outcome = await storage.loadAll();

    expect(outcome.datasets).toEqual([{ dataset: makeDataset('import-1', 'Renamed'), view: makeView('kept') }]);
  });

  it('should store only the view of the default dataset', async () => {
    const storage = await open();
    await storage.save(makeDataset('default'), makeView('first'));
    await storage.saveView('default', makeView('second'));

    const outcome = await storage.loadAll();
    const records = await readRaw('datasets');
    const views = await readRaw('views');

    expect(outcome).toEqual({ datasets: [], defaultView: makeView('second'), setAside: [] });
    expect(records.keys).toEqual([]);
    expect(views.keys).toEqual(['default']);
    expect(views.values).toEqual([{ schemaVersion: 1, view: makeView('second') }]);
  });

  it('should save a view over the stored one', async () => {
    const storage = await open();
    await storage.save(makeDataset('import-1'), makeView('old'));

    await storage.saveView('import-1', makeView('new'));

    expect((await storage.loadAll()).datasets[0]?.view).toEqual(makeView('new'));
  });

  it('should not create a record for the view of an unsaved dataset', async () => {
    const storage = await open();

    await storage.saveView('removed-earlier', makeView('late'));

    expect((await readRaw('datasets')).keys).toEqual([]);
    expect((await readRaw('views')).keys).toEqual([]);
  });

  it('should rename and remove saved datasets', async () => {
    const storage = await open();
    await storage.save(makeDataset('a'));
    await storage.save(makeDataset('b'));

    await storage.rename('a', 'Ana Sousa (BibTeX)');
    await storage.rename('missing', 'Nobody');
    await storage.remove('b');

    expect(await storage.loadAll()).toEqual({
      datasets: [{ dataset: makeDataset('a', 'Ana Sousa (BibTeX)') }],
      setAside: [],
    });
  });
});

describe('dataset storage with unreadable records', () => {
  const damaged = {
    schemaVersion: 1,
    datasetId: 'import-2',
    dataset: { ...makeDataset('import-2'), papers: [{ ...makeDataset('x').papers[0], score: 400 }] },
    createdAt: '2026-12-01T08:00:00.000Z',
  };

  beforeEach(async () => {
    await createDatabase();
    const good = await open();
    await good.save(makeDataset('import-1'));
    good.close();
    await writeRaw('broken', 'not a record');
    await writeRaw('import-2', damaged);
  });

  it('should set aside and report them', async () => {
    const outcome = await (await open()).loadAll();

    expect(outcome.datasets.map(({ dataset }) => dataset.id)).toEqual(['import-1']);
    expect(outcome.setAside).toEqual([
      { key: 'broken', reason: 'It is not an object.' },
      { key: 'import-2', reason: 'Invalid data at paper 1, field score: must be at most 100.' },
    ]);
    expect(warn).toHaveBeenCalledWith('[persist] Set aside 2 saved record(s) that could not be read.', expect.any(Array));
  });

  it('should move them to the set-aside store without deleting them', async () => {
    await (await open({ now: () => new Date('2026-12-06T10:00:00.000Z') })).loadAll();

    const datasets = await readRaw('datasets');
    const setAside = await readRaw('set-aside');

    expect(datasets.keys).toEqual(['import-1']);
    expect(setAside.values).toEqual([
      { originalKey: 'broken', reason: 'It is not an object.', setAsideAt: '2026-12-06T10:00:00.000Z', record: 'not a record' },
      {
        originalKey: 'import-2',
        reason: 'Invalid data at paper 1, field score: must be at most 100.',
        setAsideAt: '2026-12-06T10:00:00.000Z',
        record: damaged,
      },
    ]);
  });

  it('should report them only once', async () => {
    const storage = await open();
    await storage.loadAll();

    const second = await storage.loadAll();

    expect(second.setAside).toEqual([]);
  });

  it('should include them in the raw export', async () => {
    const storage = await open({ now: () => new Date('2026-12-06T10:00:00.000Z') });
    await storage.loadAll();

    const exported = JSON.parse(await storage.exportRaw()) as Record<string, unknown> & {
      datasets: { key: string }[];
      setAside: { key: number; value: { record: unknown } }[];
    };

    expect(exported).toMatchObject({
      format: 'pubscope-raw-storage',
      exportedAt: '2026-12-06T10:00:00.000Z',
      storage: 'indexeddb',
      databaseName: 'pubscope',
      databaseVersion: 2,
    });
    expect(exported.datasets.map((entry) => entry.key)).toEqual(['import-1']);
    expect(exported.setAside.map((entry) => [entry.key, entry.value.record])).toEqual([
      [1, 'not a record'],
      [2, damaged],
    ]);
  });
});

describe('dataset storage migration', () => {
  it('should migrate a version 0 record on load and write it back', async () => {
    await createDatabase();
    await writeRaw('import-1', makeDataset('import-1'));

    const outcome = await (await open()).loadAll();
    const raw = await readRaw('datasets');

    expect(outcome).toEqual({ datasets: [{ dataset: makeDataset('import-1') }], setAside: [] });
    expect(raw.values).toEqual([
      { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset('import-1'), createdAt: '1970-01-01T00:00:00.000Z' },
    ]);
  });

  it('should set aside a record from a newer Pubscope', async () => {
    await createDatabase();
    await writeRaw('import-9', { schemaVersion: 2, datasetId: 'import-9', payload: 'compressed' });

    const outcome = await (await open()).loadAll();

    expect(outcome.setAside).toEqual([
      { key: 'import-9', reason: 'It was written by a newer Pubscope (schema version 2); this version reads up to 1.' },
    ]);
  });

  it('should drop an unreadable view and keep the dataset', async () => {
    await createDatabase();
    await writeRaw('import-1', {
      schemaVersion: 1,
      datasetId: 'import-1',
      dataset: makeDataset('import-1'),
      view: { sort: 'newest' },
      createdAt: '2026-12-01T08:00:00.000Z',
    });

    const outcome = await (await open()).loadAll();

    expect(outcome).toEqual({ datasets: [{ dataset: makeDataset('import-1') }], setAside: [] });
    expect(warn).toHaveBeenCalledWith(
      '[persist] Dropped the saved view of dataset "import-1": Invalid view at filters: Invalid input: expected object, received undefined.',
    );
  });
});

describe('dataset storage views', () => {
  it('should save a view without reading or rewriting a large dataset', async () => {
    const storage = await open();
    const large = generateDataset(2_000, 11);
    await storage.save(large, makeView('first'));
    const datasetsStore = spyOnDatasetsStore();

    await storage.saveView(large.id, makeView('second'));
    await storage.saveView(large.id, makeView('third'));

    expect(datasetsStore.puts()).toBe(0);
    expect(datasetsStore.reads()).toBe(0);
    expect((await readRaw('views')).values).toEqual([{ schemaVersion: 1, view: makeView('third') }]);
  });

  it('should write the view of a saved dataset to the views store', async () => {
    const storage = await open();

    await storage.save(makeDataset('import-1'), makeView('imported'));

    const records = await readRaw('datasets');
    expect(records.values).toEqual([
      { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset('import-1'), createdAt: '2026-12-05T09:00:00.000Z' },
    ]);
    expect(await readRaw('views')).toEqual({ keys: ['import-1'], values: [{ schemaVersion: 1, view: makeView('imported') }] });
  });

  it('should keep views across a reload', async () => {
    const first = await open();
    await first.save(makeDataset('a'), makeView('a first'));
    await first.save(makeDataset('b'));
    await first.saveView('a', makeView('a later'));
    await first.saveView('b', makeView('b only'));
    await first.saveView('default', makeView('default'));
    first.close();

    const outcome = await (await open()).loadAll();

    expect(outcome).toEqual({
      datasets: [
        { dataset: makeDataset('a'), view: makeView('a later') },
        { dataset: makeDataset('b'), view: makeView('b only') },
      ],
      defaultView: makeView('default'),
      setAside: [],
    });
  });

  it('should remove the view with its dataset', async () => {
    const storage = await open();
    await storage.save(makeDataset('import-1'), makeView('gone'));

    await storage.remove('import-1');
    await storage.save(makeDataset('import-1'));

    expect((await readRaw('views')).keys).toEqual([]);
    expect((await storage.loadAll()).datasets).toEqual([{ dataset: makeDataset('import-1') }]);
  });

  it('should drop a damaged view with a warning and load the dataset', async () => {
    await createDatabase();
    await writeRaw('import-1', { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset('import-1'), createdAt: '2026-12-01T08:00:00.000Z' });
    await writeRaw('import-1', { schemaVersion: 1, view: { sort: 'newest' } }, 'views');

    const outcome = await (await open()).loadAll();

    expect(outcome).toEqual({ datasets: [{ dataset: makeDataset('import-1') }], setAside: [] });
    expect(warn).toHaveBeenCalledWith(
      '[persist] Dropped the saved view of dataset "import-1": Invalid view at filters: Invalid input: expected object, received undefined.',
    );
  });

  it.each<[string, unknown, string]>([
    ['a value that is no object', 'newest first', 'The view record is not an object.'],
    ['a view from a newer Pubscope', { schemaVersion: 2, views: [] }, 'The view was written by a newer Pubscope (schema version 2); this version reads up to 1.'],
  ])('should drop %s', async (_case, value, reason) => {
    await createDatabase();
    await writeRaw('default', value, 'views');

    const outcome = await (await open()).loadAll();

    expect(outcome).toEqual({ datasets: [], setAside: [] });
    expect(warn).toHaveBeenCalledWith(`[persist] Dropped the saved view of dataset "default": ${reason}`);
  });

  it('should ignore the view of a dataset that is not saved', async () => {
    await createDatabase();
    await writeRaw('removed-earlier', { schemaVersion: 1, view: makeView('orphan') }, 'views');

    const outcome = await (await open()).loadAll();

    expect(outcome).toEqual({ datasets: [], setAside: [] });
  });

  it('should include the views in the raw export', async () => {
    const storage = await open();
    await storage.save(makeDataset('import-1'), makeView('exported'));

    const exported = JSON.parse(await storage.exportRaw()) as { views: unknown[] };

    expect(exported.views).toEqual([{ key: 'import-1', value: { schemaVersion: 1, view: makeView('exported') } }]);
  });
});

describe('dataset storage upgraded from layout version 1', () => {
  it('should add the views store and keep the view inside the record', async () => {
    await createVersion1Database({
      'import-1': makeVersion1Record(makeDataset('import-1'), makeView('before the upgrade')),
      default: { schemaVersion: 1, datasetId: 'default', view: makeView('default before'), createdAt: '2026-12-01T08:00:00.000Z' },
    });

    const outcome = await (await open()).loadAll();
    const database = await openRaw();

    expect(outcome).toEqual({
      datasets: [{ dataset: makeDataset('import-1'), view: makeView('before the upgrade') }],
      defaultView: makeView('default before'),
      setAside: [],
    });
    expect(database.version).toBe(2);
    expect([...database.objectStoreNames]).toEqual(['datasets', 'set-aside', 'views']);
    database.close();
  });

  it('should prefer a view saved after the upgrade', async () => {
    await createVersion1Database({ 'import-1': makeVersion1Record(makeDataset('import-1'), makeView('before the upgrade')) });
    const first = await open();
    await first.saveView('import-1', makeView('after the upgrade'));
    first.close();

    const outcome = await (await open()).loadAll();

    expect(outcome.datasets).toEqual([{ dataset: makeDataset('import-1'), view: makeView('after the upgrade') }]);
  });

  it('should fall back to embedded view', async () => {
    await createVersion1Database({ 'import-1': makeVersion1Record(makeDataset('import-1'), makeView('before the upgrade')) });
    await createDatabase();
    await writeRaw('import-1', { schemaVersion: 'one', view: makeView('damaged') }, 'views');

    const outcome = await (await open()).loadAll();

    expect(outcome.datasets).toEqual([{ dataset: makeDataset('import-1'), view: makeView('before the upgrade') }]);
    expect(warn).toHaveBeenCalledWith(
      `[persist] Dropped the saved view of dataset "import-1": The view record's schemaVersion (one) is not a whole number.`,
    );
  });

  it('should move embedded view on save', async () => {
    await createVersion1Database({ 'import-1': makeVersion1Record(makeDataset('import-1'), makeView('before the upgrade')) });
    const storage = await open();

    await storage.save(makeDataset('import-1', 'Renamed'));

    expect((await readRaw('datasets')).values).toEqual([
      { schemaVersion: 1, datasetId: 'import-1', dataset: makeDataset('import-1', 'Renamed'), createdAt: '2026-12-01T08:00:00.000Z' },
    ]);
    expect((await readRaw('views')).values).toEqual([{ schemaVersion: 1, view: makeView('before the upgrade') }]);
    expect((await storage.loadAll()).datasets).toEqual([
      { dataset: makeDataset('import-1', 'Renamed'), view: makeView('before the upgrade') },
    ]);
  });

  it('should warn once about a damaged view inside the record', async () => {
    await createVersion1Database({ 'import-1': makeVersion1Record(makeDataset('import-1'), { sort: 'newest' }) });

    const outcome = await (await open()).loadAll();

    expect(outcome.datasets).toEqual([{ dataset: makeDataset('import-1') }]);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('dataset storage without IndexedDB', () => {
  it('should keep working in memory when IndexedDB is missing', async () => {
    const storage = await open({ indexedDB: undefined });
    await storage.save(makeDataset('import-1'), makeView('memory'));

    const outcome = await storage.loadAll();

    expect(storage.status).toEqual({
      kind: 'memory-only',
      reason: 'this browser offers no IndexedDB storage here, as in some private windows.',
    });
    expect(outcome.datasets).toEqual([{ dataset: makeDataset('import-1'), view: makeView('memory') }]);
    expect(JSON.parse(await storage.exportRaw())).toMatchObject({ storage: 'memory' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(/^\[persist\] IndexedDB is unavailable/);
  });

  it('should keep views in memory as IndexedDB would', async () => {
    const storage = await open({ indexedDB: undefined });
    await storage.save(makeDataset('a'), makeView('a first'));
    await storage.save(makeDataset('b'), makeView('b first'));

    await storage.saveView('a', makeView('a later'));
    await storage.saveView('unsaved', makeView('ignored'));
    await storage.saveView('default', makeView('default'));
    await storage.remove('b');
    await storage.save(makeDataset('b'));

    expect(await storage.loadAll()).toEqual({
      datasets: [{ dataset: makeDataset('a'), view: makeView('a later') }, { dataset: makeDataset('b') }],
      defaultView: makeView('default'),
      setAside: [],
    });
    expect(JSON.parse(await storage.exportRaw())).toMatchObject({
      views: [
        { key: 'a', value: { schemaVersion: 1, view: makeView('a later') } },
        { key: 'default', value: { schemaVersion: 1, view: makeView('default') } },
      ],
    });
  });

  it('should report a database written by a newer Pubscope', async () => {
    (await openRaw(3)).close();

    const storage = await open();

    expect(storage.status).toEqual({
      kind: 'memory-only',
      reason: 'the saved data was written by a newer Pubscope. Reload the page to get the newer version.',
    });
  });

  it('should report a browser that refuses storage', async () => {
    const insecureFactory = {
      open: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    } as unknown as IDBFactory;

    const storage = await open({ indexedDB: insecureFactory });

    expect(storage.status).toEqual({
      kind: 'memory-only',
      reason: 'the browser does not allow this site to store data (SecurityError).',
    });
  });

  it('should give up on an open that never finishes', async () => {
    const hanging = { open: () => new IDBOpenDBRequest() } as unknown as IDBFactory;

    const storage = await open({ indexedDB: hanging, openTimeoutMs: 20 });

    expect(storage.status).toEqual({
      kind: 'memory-only',
      reason: 'the browser did not open the saved-data database within 0.02 seconds.',
    });
  });

  it('should report an open blocked by another tab', async () => {
    const request = new IDBOpenDBRequest();
    const blocking = { open: () => request } as unknown as IDBFactory;
    setTimeout(() => request.dispatchEvent(new IDBVersionChangeEvent('blocked', { oldVersion: 1, newVersion: 2 })), 0);

    const storage = await open({ indexedDB: blocking });

    expect(storage.status).toEqual({
      kind: 'memory-only',
      reason: 'another Pubscope tab keeps an older version of the saved data open. Close the other Pubscope tabs and reload.',
    });
  });
});

describe('dataset storage after a failed write', () => {
  it('should switch to memory when the quota is exceeded', async () => {
    const storage = await open();
    const statuses: StorageStatus[] = [];
    storage.onStatusChange((status) => statuses.push(status));
    await storage.save(makeDataset('stored'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await storage.save(makeDataset('too-big'), makeView('kept in memory'));
    await storage.saveView('stored', makeView('also in memory'));

    const quotaFull = {
      kind: 'memory-only',
      reason: "the browser's storage quota for this site is full. Export the datasets you want to keep.",
    };
    expect(storage.status).toEqual(quotaFull);
    expect(statuses).toEqual([quotaFull]);
    expect((await storage.loadAll()).datasets).toEqual([
      { dataset: makeDataset('stored'), view: makeView('also in memory') },
      { dataset: makeDataset('too-big'), view: makeView('kept in memory') },
    ]);
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/^\[persist\] Saving to IndexedDB stopped; datasets are kept in memory only: the browser's storage quota/),
      expect.any(DOMException),
    );
  });

  it('should carry the stored views over to memory', async () => {
    const storage = await open();
    await storage.save(makeDataset('stored'), makeView('from IndexedDB'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });

    await storage.save(makeDataset('too-big'));

    expect(storage.status.kind).toBe('memory-only');
    expect((await storage.loadAll()).datasets).toEqual([
      { dataset: makeDataset('stored'), view: makeView('from IndexedDB') },
      { dataset: makeDataset('too-big') },
    ]);
  });

  it('should leave IndexedDB as it was before the failure', async () => {
    const storage = await open();
    await storage.save(makeDataset('stored'));
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await storage.save(makeDataset('too-big'));
    put.mockRestore();

    expect((await readRaw('datasets')).keys).toEqual(['stored']);
  });

  it('should switch to memory on any other write failure', async () => {
    const storage = await open();
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('Disk error.', 'UnknownError');
    });

    await storage.save(makeDataset('import-1'));

    expect(storage.status).toEqual({ kind: 'memory-only', reason: 'saving failed (UnknownError: Disk error.).' });
  });

  it('should switch to memory when another tab upgrades the database', async () => {
    const storage = await open();
    await storage.save(makeDataset('import-1'));

    const newerTab = await openRaw(3);
    await storage.save(makeDataset('import-2'));
    newerTab.close();

    expect(storage.status).toEqual({
      kind: 'memory-only',
      reason: 'a newer Pubscope opened in another tab upgraded the saved data. Reload this tab.',
    });
    expect((await storage.loadAll()).datasets.map(({ dataset }) => dataset.id)).toEqual(['import-1', 'import-2']);
  });
});

describe('raw export', () => {
  it('should write values JSON cannot hold', async () => {
    await createDatabase();
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    await writeRaw('odd', {
      cyclic,
      map: new Map([['a', 1]]),
      set: new Set([2]),
      big: 10n,
      date: new Date('2026-12-05T09:30:00.000Z'),
      bytes: new Uint8Array(3),
      infinite: Number.POSITIVE_INFINITY,
    });

    const exported = JSON.parse(await (await open()).exportRaw()) as { datasets: { key: string; value: unknown }[] };

    expect(exported.datasets).toEqual([
      {
        key: 'odd',
        value: {
          cyclic: { name: 'loop', self: '[circular reference]' },
          map: { $map: [['a', 1]] },
          set: { $set: [2] },
          big: '10n',
          date: '2026-12-05T09:30:00.000Z',
          bytes: '[binary data, 3 bytes]',
          infinite: 'Infinity',
        },
      },
    ]);
  });
});
