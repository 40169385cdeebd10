import type { Dataset } from '../../domain/model';
import type { ViewState } from '../../domain/query/view-state';
import {
  readStoredRecordForUpdate,
  SAVED_RECORD_SCHEMA_VERSION,
  type SavedRecord,
} from '../../domain/saved-data/saved-record';
import { createSavedViewRecord } from '../../domain/saved-data/saved-view';
import { DEFAULT_DATASET_ID, type StorageStatus } from '../../domain/saved-data/storage-status';
import { DATABASE_NAME, DATABASE_VERSION, openIndexedDbBackend } from './indexeddb-backend';
import { loadSavedDatasets, type LoadOutcome } from './load-saved-datasets';
import { MemoryBackend } from './memory-backend';
import { formatRawExport } from './raw-export';
import type { RecordBackend, RecordChange, StoreChange, StoredPair } from './record-backend';
import { describeWriteFailure } from './storage-problems';

/**
 * Saved datasets and their last views. No method rejects: when IndexedDB cannot be used, the storage switches to
 * memory for the rest of the session and reports that through `status`.
 */
export interface DatasetStorage {
  readonly status: StorageStatus;
  /** Calls `listener` whenever `status` changes; returns the function that stops it. */
  onStatusChange(listener: (status: StorageStatus) => void): () => void;
  /** Reads every saved dataset. Unreadable records are moved to the set-aside store and listed in the outcome. */
  loadAll(): Promise<LoadOutcome>;
  /**
   * Stores a dataset and, when given, its view; without a view the stored one is kept. For the default dataset
   * only the view is stored.
   */
  save(dataset: Dataset, view?: ViewState): Promise<void>;
  /**
   * Stores the view of a saved dataset or of the default dataset, without reading or rewriting the dataset. Does
   * nothing for a dataset that is not saved.
   */
  saveView(datasetId: string, view: ViewState): Promise<void>;
  /** Removes a saved dataset and its view. */
  remove(datasetId: string): Promise<void>;
  /** Renames a saved dataset; does nothing for one that is not saved, or for the default dataset. */
  rename(datasetId: string, name: string): Promise<void>;
  /** Returns everything stored, set-aside records included, as JSON text for the person to keep. */
  exportRaw(): Promise<string>;
  /** Closes the database after the operations already started; later calls work in memory and keep nothing. */
  close(): void;
}

export interface DatasetStorageOptions {
  /** Default: `globalThis.indexedDB`; tests pass their own factory. */
  indexedDB?: IDBFactory;
  databaseName?: string;
  openTimeoutMs?: number;
  now?: () => Date;
}

// NOTE: the timeout is a guess. Opening normally takes milliseconds; it only covers a request that never settles.
const DEFAULT_OPEN_TIMEOUT_MS = 10_000;

/** Opens the saved-dataset storage. Never rejects; when IndexedDB is unusable the storage starts in memory. */
export async function openDatasetStorage(options: DatasetStorageOptions = {}): Promise<DatasetStorage> {
  const databaseName = options.databaseName ?? DATABASE_NAME;
  const now = options.now ?? (() => new Date());
  const openTimeoutMs = options.openTimeoutMs ?? DEFAULT_OPEN_TIMEOUT_MS;
  let storage: BackedDatasetStorage | undefined;
  let lostBeforeReady: string | undefined;

  const opened = await openIndexedDbBackend({
    factory: 'indexedDB' in options ? options.indexedDB : readGlobalIndexedDb(),
    databaseName,
    openTimeoutMs,
    onConnectionLost: (reason) => {
      if (storage) storage.switchToMemory(reason);
      else lostBeforeReady = reason;
    },
  });

  if (!opened.ok) {
    storage = new BackedDatasetStorage(new MemoryBackend(), databaseName, now);
    storage.startInMemory(opened.reason, opened.error);
    return storage;
  }

  storage = new BackedDatasetStorage(opened.backend, databaseName, now);
  if (lostBeforeReady) storage.switchToMemory(lostBeforeReady);
  return storage;
}

/** Reads `globalThis.indexedDB`, which some browsers make throw a SecurityError, as in sandboxed frames. */
function readGlobalIndexedDb(): IDBFactory | undefined {
  try {
    return globalThis.indexedDB;
  } catch {
    return undefined;
  }
}

/**
 * Decides what a dataset save writes to the views store: the given view, or else the view that a record from
 * database version 1 carries inside it, moved out so that the rewritten record no longer needs it.
 */
function chooseViewChange(view: ViewState | undefined, current: StoredPair, stored: SavedRecord | undefined): StoreChange {
  const keptView = view ?? (current.view === undefined ? stored?.view : undefined);
  return keptView ? { kind: 'put', value: createSavedViewRecord(keptView) } : { kind: 'keep' };
}

class BackedDatasetStorage implements DatasetStorage {
  #backend: RecordBackend;
  #status: StorageStatus = { kind: 'ok' };
  readonly #listeners = new Set<(status: StorageStatus) => void>();
  readonly #warned = new Set<string>();
  readonly #databaseName: string;
  readonly #now: () => Date;
  /** Operations run one at a time, in call order, so that a save never overtakes an earlier remove. */
  #queue: Promise<unknown> = Promise.resolve();

  constructor(backend: RecordBackend, databaseName: string, now: () => Date) {
    this.#backend = backend;
    this.#databaseName = databaseName;
    this.#now = now;
  }

  get status(): StorageStatus {
    return this.#status;
  }

  onStatusChange(listener: (status: StorageStatus) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  loadAll(): Promise<LoadOutcome> {
    return this.#run(
      (backend) => loadSavedDatasets(backend, this.#now, (message, details) => this.#warnOnce(message, details)),
      { datasets: [], setAside: [] },
    );
  }

  save(dataset: Dataset, view?: ViewState): Promise<void> {
    if (dataset.id === DEFAULT_DATASET_ID) return view ? this.saveView(dataset.id, view) : Promise.resolve();

    return this.#update(dataset.id, (current) => {
      const stored = readStoredRecordForUpdate(current.record);
      const record: SavedRecord = {
        schemaVersion: SAVED_RECORD_SCHEMA_VERSION,
        datasetId: dataset.id,
        dataset,
        createdAt: stored?.createdAt ?? this.#now().toISOString(),
      };
      return { record: { kind: 'put', value: record }, view: chooseViewChange(view, current, stored) };
    });
  }

  saveView(datasetId: string, view: ViewState): Promise<void> {
    return this.#run(
      (backend) => backend.putView(datasetId, createSavedViewRecord(view), datasetId !== DEFAULT_DATASET_ID),
      undefined,
    );
  }

  remove(datasetId: string): Promise<void> {
    return this.#run((backend) => backend.remove(datasetId), undefined);
  }

  rename(datasetId: string, name: string): Promise<void> {
    return this.#update(datasetId, (current) => {
      const stored = readStoredRecordForUpdate(current.record);
      if (!stored?.dataset) return { record: { kind: 'keep' }, view: { kind: 'keep' } };

      const renamed = { ...stored, dataset: { ...stored.dataset, name } };
      return { record: { kind: 'put', value: renamed }, view: { kind: 'keep' } };
    });
  }

  exportRaw(): Promise<string> {
    const fallback = `${JSON.stringify({ format: 'pubscope-raw-storage', error: 'The stored data could not be read.' })}\n`;

    return this.#run(async (backend) => {
      const contents = await backend.readAll();
      return formatRawExport(contents, {
        storage: backend.kind,
        databaseName: this.#databaseName,
        databaseVersion: DATABASE_VERSION,
        exportedAt: this.#now(),
      });
    }, fallback);
  }

  close(): void {
    this.#queue = this.#queue
      .then(() => {
        this.#backend.close();
        this.#backend = new MemoryBackend();
      })
      .catch(() => undefined);
  }

  /** Reports the reason IndexedDB could not be opened, so that the storage works in memory from the start. */
  startInMemory(reason: string, error?: unknown): void {
    this.#warnOnce(`[persist] IndexedDB is unavailable; saved datasets are kept in memory only: ${reason}`, error);
    this.#setStatus({ kind: 'memory-only', reason });
  }

  /**
   * Moves to memory after the connection was lost, keeping what IndexedDB still returns. Queued behind running
   * operations, so that none of them runs against a closed connection.
   */
  switchToMemory(reason: string, error?: unknown): void {
    this.#queue = this.#queue.then(() => this.#moveToMemory(reason, error)).catch(() => undefined);
  }

  async #moveToMemory(reason: string, error?: unknown): Promise<void> {
    const previous = this.#backend;
    if (previous.kind === 'memory') return;

    this.#warnOnce(`[persist] Saving to IndexedDB stopped; datasets are kept in memory only: ${reason}`, error);
    const contents = await previous.readAll().catch(() => ({ records: [], views: [], setAside: [] }));
    previous.close();
    this.#backend = new MemoryBackend(contents);
    this.#setStatus({ kind: 'memory-only', reason });
  }

  #update(datasetId: string, change: (current: StoredPair) => RecordChange): Promise<void> {
    return this.#run((backend) => backend.update(datasetId, change), undefined);
  }

  /**
   * Runs an operation after the ones before it. If the operation fails against IndexedDB, the storage moves to
   * memory and runs it there again. If it fails in memory too, the error is logged and `fallback` returned.
   */
  #run<T>(operation: (backend: RecordBackend) => Promise<T>, fallback: T): Promise<T> {
    const result = this.#queue
      .then(() => this.#attempt(operation))
      .catch((error: unknown) => this.#giveUp(error, fallback));

    this.#queue = result;
    return result;
  }

  async #attempt<T>(operation: (backend: RecordBackend) => Promise<T>): Promise<T> {
    try {
      return await operation(this.#backend);
    } catch (error) {
      if (this.#backend.kind === 'memory') throw error;
      await this.#moveToMemory(describeWriteFailure(error), error);
    }

    return operation(this.#backend);
  }

  #giveUp<T>(error: unknown, fallback: T): T {
    this.#warnOnce('[persist] An in-memory storage operation failed.', error);
    return fallback;
  }

  #setStatus(status: StorageStatus): void {
    this.#status = status;
    for (const listener of this.#listeners) listener(status);
  }

  #warnOnce(message: string, details?: unknown): void {
    if (this.#warned.has(message)) return;
    this.#warned.add(message);
    console.warn(message, ...(details === undefined ? [] : [details]));
  }
}
