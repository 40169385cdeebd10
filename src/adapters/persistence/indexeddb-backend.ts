import { wrap, type DBSchema, type IDBPDatabase } from 'idb';

import type {
  RecordBackend,
  RecordChange,
  SetAsideRecord,
  StoreChange,
  StoredContents,
  StoredEntry,
  StoredPair,
} from './record-backend';
import { describeOpenFailure, describeOpenTimeout, STORAGE_REASON } from './storage-problems';

export const DATABASE_NAME = 'pubscope';
/**
 * Version of the database layout (its object stores). Record shapes have their own schemaVersion per record.
 * Version 2 added the views store. Version 1 kept each view inside its dataset's record.
 */
export const DATABASE_VERSION = 2;

const DATASETS_STORE = 'datasets';
const VIEWS_STORE = 'views';
const SET_ASIDE_STORE = 'set-aside';

interface PubscopeDatabase extends DBSchema {
  /** Saved-dataset records under out-of-line keys, so that a damaged record still has its key. */
  datasets: { key: string; value: unknown };
  /** Each dataset's last view under its dataset id, apart from the record so that a view save never rewrites it. */
  views: { key: string; value: unknown };
  'set-aside': { key: number; value: SetAsideRecord };
}

/** The two writes an update makes, on the datasets or the views store of a readwrite transaction. */
interface WritableStore {
  put(value: unknown, key: string): Promise<unknown>;
  delete(key: string): Promise<void>;
}

export interface OpenIndexedDbOptions {
  factory: IDBFactory | undefined;
  databaseName: string;
  /** How long to wait for the database to open before giving up. */
  openTimeoutMs: number;
  /** Called once when the open connection is lost later: another tab upgrades the database, or the browser closes it. */
  onConnectionLost: (reason: string) => void;
}

export type OpenIndexedDbOutcome = { ok: true; backend: IndexedDbBackend } | { ok: false; reason: string; error?: unknown };

/** Opens the database, creating missing stores on first use and upgrade. Resolves with the reason instead of rejecting. */
export function openIndexedDbBackend(options: OpenIndexedDbOptions): Promise<OpenIndexedDbOutcome> {
  const { factory, databaseName, openTimeoutMs, onConnectionLost } = options;
  if (!factory) return Promise.resolve({ ok: false, reason: STORAGE_REASON.noIndexedDb });

  let request: IDBOpenDBRequest;
  try {
    request = factory.open(databaseName, DATABASE_VERSION);
  } catch (error) {
    return Promise.resolve({ ok: false, reason: describeOpenFailure(error), error });
  }
  request.addEventListener('upgradeneeded', () => createStores(request.result));

  return new Promise((resolve) => {
    let settled = false;
    const settle = (outcome: OpenIndexedDbOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };

    const timer = setTimeout(() => settle({ ok: false, reason: describeOpenTimeout(openTimeoutMs) }), openTimeoutMs);
    request.addEventListener('blocked', () => settle({ ok: false, reason: STORAGE_REASON.blocked }));

    (wrap(request) as Promise<IDBPDatabase<PubscopeDatabase>>).then(
      (database) => {
        // An open that finishes after the timeout or a block is closed, so that it blocks no other tab.
        if (settled) database.close();
        else settle({ ok: true, backend: new IndexedDbBackend(database, onConnectionLost) });
      },
      (error: unknown) => settle({ ok: false, reason: describeOpenFailure(error), error }),
    );
  });
}

function createStores(database: IDBDatabase): void {
  if (!database.objectStoreNames.contains(DATASETS_STORE)) database.createObjectStore(DATASETS_STORE);
  // Views saved by version 1 stay inside their records, where loading still finds them. Copying them here would
  // read and rewrite every saved dataset during the upgrade.
  if (!database.objectStoreNames.contains(VIEWS_STORE)) database.createObjectStore(VIEWS_STORE);
  if (!database.objectStoreNames.contains(SET_ASIDE_STORE)) {
    database.createObjectStore(SET_ASIDE_STORE, { autoIncrement: true });
  }
}

export class IndexedDbBackend implements RecordBackend {
  readonly kind = 'indexeddb';
  readonly #database: IDBPDatabase<PubscopeDatabase>;

  constructor(database: IDBPDatabase<PubscopeDatabase>, onConnectionLost: (reason: string) => void) {
    this.#database = database;
    let lost = false;
    const reportLoss = (reason: string) => {
      if (lost) return;
      lost = true;
      onConnectionLost(reason);
    };

    database.addEventListener('versionchange', () => reportLoss(STORAGE_REASON.upgradedElsewhere));
    database.addEventListener('close', () => reportLoss(STORAGE_REASON.connectionClosed));
  }

  async readAll(): Promise<StoredContents> {
    const transaction = this.#database.transaction([DATASETS_STORE, VIEWS_STORE, SET_ASIDE_STORE], 'readonly');
    const datasets = transaction.objectStore(DATASETS_STORE);
    const views = transaction.objectStore(VIEWS_STORE);
    const setAside = transaction.objectStore(SET_ASIDE_STORE);

    const [recordKeys, recordValues, viewKeys, viewValues, setAsideKeys, setAsideValues] = await Promise.all([
      datasets.getAllKeys(),
      datasets.getAll(),
      views.getAllKeys(),
      views.getAll(),
      setAside.getAllKeys(),
      setAside.getAll(),
      transaction.done,
    ]);

    return {
      records: pairEntries(recordKeys, recordValues),
      views: pairEntries(viewKeys, viewValues),
      setAside: pairEntries(setAsideKeys, setAsideValues),
    };
  }

  async update(key: string, change: (current: StoredPair) => RecordChange): Promise<void> {
    const transaction = this.#database.transaction([DATASETS_STORE, VIEWS_STORE], 'readwrite');
    const datasets = transaction.objectStore(DATASETS_STORE);
    const views = transaction.objectStore(VIEWS_STORE);

    try {
      const [record, view] = await Promise.all([datasets.get(key), views.get(key)]);
      const outcome = change({ record, view });
      await Promise.all([applyChange(datasets, key, outcome.record), applyChange(views, key, outcome.view), transaction.done]);
    } catch (error) {
      abortQuietly(transaction);
      throw error;
    }
  }

  async putView(key: string, view: unknown, requireRecord: boolean): Promise<void> {
    const transaction = this.#database.transaction([DATASETS_STORE, VIEWS_STORE], 'readwrite');

    try {
      // count() looks at keys only, so that the check never reads a dataset's papers.
      const isSaved = !requireRecord || (await transaction.objectStore(DATASETS_STORE).count(key)) > 0;
      if (isSaved) await transaction.objectStore(VIEWS_STORE).put(view, key);
      await transaction.done;
    } catch (error) {
      abortQuietly(transaction);
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    const transaction = this.#database.transaction([DATASETS_STORE, VIEWS_STORE], 'readwrite');

    try {
      await Promise.all([
        transaction.objectStore(DATASETS_STORE).delete(key),
        transaction.objectStore(VIEWS_STORE).delete(key),
        transaction.done,
      ]);
    } catch (error) {
      abortQuietly(transaction);
      throw error;
    }
  }

  async putAll(entries: readonly StoredEntry[]): Promise<void> {
    const transaction = this.#database.transaction(DATASETS_STORE, 'readwrite');

    try {
      await Promise.all([
        ...entries.map((entry) => transaction.store.put(entry.value, entry.key as string)),
        transaction.done,
      ]);
    } catch (error) {
      abortQuietly(transaction);
      throw error;
    }
  }

  async moveToSetAside(records: readonly SetAsideRecord[]): Promise<void> {
    const transaction = this.#database.transaction([DATASETS_STORE, SET_ASIDE_STORE], 'readwrite');
    const datasets = transaction.objectStore(DATASETS_STORE);
    const setAside = transaction.objectStore(SET_ASIDE_STORE);

    try {
      await Promise.all([
        ...records.map((record) => setAside.add(record)),
        ...records.map((record) => datasets.delete(record.originalKey as string)),
        transaction.done,
      ]);
    } catch (error) {
      abortQuietly(transaction);
      throw error;
    }
  }

  close(): void {
    this.#database.close();
  }
}

function pairEntries(keys: readonly IDBValidKey[], values: readonly unknown[]): StoredEntry[] {
  return keys.map((key, index) => ({ key, value: values[index] }));
}

async function applyChange(store: WritableStore, key: string, change: StoreChange): Promise<void> {
  if (change.kind === 'put') await store.put(change.value, key);
  else if (change.kind === 'delete') await store.delete(key);
}

/** Rolls back a failed transaction; one that already ended cannot be aborted, and its rejection is already known. */
function abortQuietly(transaction: { done: Promise<void>; abort(): void }): void {
  transaction.done.catch(() => undefined);
  try {
    transaction.abort();
  } catch {
    // The transaction has already committed or aborted.
  }
}
