import type { StoreApi } from 'zustand';

import type { Dataset } from '../../domain/model';
import type { ViewState } from '../../domain/query/view-state';
import { DEFAULT_DATASET_ID } from '../../domain/saved-data/storage-status';
import type { PubscopeState } from '../../store/pubscope-store';
import type { DatasetStorage } from './dataset-storage';

export interface PersistenceOptions {
  /** How long the view must stay unchanged before it is saved, so that typing a search writes once, not per key. */
  viewSaveDelayMs?: number;
}

export interface PersistenceConnection {
  /** Saves pending view changes now; resolves when every write started so far has finished. */
  flush(): Promise<void>;
  /** Saves pending view changes and stops following the store. */
  disconnect(): Promise<void>;
}

const DEFAULT_VIEW_SAVE_DELAY_MS = 500;

/**
 * Loads the saved datasets into the store, then keeps storage in step with it: added, replaced, renamed and removed
 * datasets are written at once, view changes after a short pause. Changes made while loading are saved too.
 */
export async function connectPersistence(
  store: StoreApi<PubscopeState>,
  storage: DatasetStorage,
  options: PersistenceOptions = {},
): Promise<PersistenceConnection> {
  const stopStatus = storage.onStatusChange((status) => store.getState().setStorageStatus(status));
  store.getState().setStorageStatus(storage.status);

  const outcome = await storage.loadAll();
  store.getState().restoreSavedDatasets(outcome.datasets, outcome.defaultView);
  if (outcome.setAside.length > 0) store.getState().setSetAsideNotice({ entries: outcome.setAside });

  const sync = new StorageSync(storage, options.viewSaveDelayMs ?? DEFAULT_VIEW_SAVE_DELAY_MS);
  sync.markStored(outcome.datasets.map((saved) => saved.dataset));
  sync.syncDatasets(store.getState());
  sync.scheduleActiveView(store.getState());

  const stopStore = store.subscribe((state, previous) => {
    if (state.datasets !== previous.datasets) sync.syncDatasets(state);
    if (state.view !== previous.view || state.activeDatasetId !== previous.activeDatasetId) {
      sync.scheduleActiveView(state);
    }
  });

  // Pending view changes are written when the page is hidden, as a closing tab gives no later chance.
  const flushOnHide = () => void sync.flush();
  globalThis.addEventListener?.('pagehide', flushOnHide);

  return {
    flush: () => sync.flush(),
    disconnect: async () => {
      stopStore();
      stopStatus();
      globalThis.removeEventListener?.('pagehide', flushOnHide);
      await sync.flush();
    },
  };
}

/** Tracks what storage contains and writes the differences. */
class StorageSync {
  readonly #storage: DatasetStorage;
  readonly #viewSaveDelayMs: number;
  /** The dataset object last written for each stored id; a different object means the dataset changed. */
  readonly #storedDatasets = new Map<string, Dataset>();
  readonly #pendingViews = new Map<string, ViewState>();
  readonly #writes = new Set<Promise<void>>();
  #viewTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(storage: DatasetStorage, viewSaveDelayMs: number) {
    this.#storage = storage;
    this.#viewSaveDelayMs = viewSaveDelayMs;
  }

  markStored(datasets: readonly Dataset[]): void {
    for (const dataset of datasets) this.#storedDatasets.set(dataset.id, dataset);
  }

  syncDatasets(state: PubscopeState): void {
    const presentIds = new Set<string>();

    for (const dataset of state.datasets) {
      presentIds.add(dataset.id);
      if (dataset.id !== DEFAULT_DATASET_ID) this.#syncDataset(dataset, state);
    }

    for (const datasetId of [...this.#storedDatasets.keys()]) {
      if (presentIds.has(datasetId)) continue;
      this.#storedDatasets.delete(datasetId);
      this.#pendingViews.delete(datasetId);
      this.#track(this.#storage.remove(datasetId));
    }
  }

  #syncDataset(dataset: Dataset, state: PubscopeState): void {
    const stored = this.#storedDatasets.get(dataset.id);
    if (stored === dataset) return;

    this.#storedDatasets.set(dataset.id, dataset);
    if (stored && isRenameOnly(stored, dataset)) {
      this.#track(this.#storage.rename(dataset.id, dataset.name));
      return;
    }

    const view = dataset.id === state.activeDatasetId ? state.view : state.viewsByDataset[dataset.id];
    this.#track(this.#storage.save(dataset, view));
  }

  scheduleActiveView(state: PubscopeState): void {
    if (state.activeDatasetId === null) return;

    this.#pendingViews.set(state.activeDatasetId, state.view);
    clearTimeout(this.#viewTimer);
    this.#viewTimer = setTimeout(() => this.#writePendingViews(), this.#viewSaveDelayMs);
  }

  async flush(): Promise<void> {
    this.#writePendingViews();
    while (this.#writes.size > 0) await Promise.all(this.#writes);
  }

  #writePendingViews(): void {
    clearTimeout(this.#viewTimer);
    this.#viewTimer = undefined;

    for (const [datasetId, view] of this.#pendingViews) this.#track(this.#storage.saveView(datasetId, view));
    this.#pendingViews.clear();
  }

  #track(write: Promise<void>): void {
    this.#writes.add(write);
    void write.finally(() => this.#writes.delete(write));
  }
}

/** True when only the name differs, a change `DatasetStorage.rename` can store. */
function isRenameOnly(stored: Dataset, dataset: Dataset): boolean {
  return (
    stored.name !== dataset.name &&
    stored.papers === dataset.papers &&
    stored.profile === dataset.profile &&
    stored.warnings === dataset.warnings &&
    stored.source === dataset.source
  );
}
