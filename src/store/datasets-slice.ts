import type { StateCreator } from 'zustand';

import type { Dataset } from '../domain/model';
import { createDefaultViewState, isDefaultViewState, type ViewState } from '../domain/query/view-state';
import {
  DEFAULT_DATASET_ID,
  type SavedDataset,
  type SetAsideNotice,
  type StorageStatus,
} from '../domain/saved-data/storage-status';
import type { PubscopeState } from './pubscope-store';

/** The dataset removed last, kept so that the removal can be undone. */
export interface RemovedDataset {
  dataset: Dataset;
  /** Its index in `datasets` before the removal. */
  position: number;
  view?: ViewState;
  wasActive: boolean;
}

export interface DatasetsSlice {
  datasets: Dataset[];
  activeDatasetId: string | null;
  /** The last view of each dataset that is not active; the active dataset's view is `view`. */
  viewsByDataset: Record<string, ViewState>;
  /** Only the latest removal can be undone; removing another dataset drops the earlier undo. */
  lastRemoved: RemovedDataset | null;
  storageStatus: StorageStatus;
  /** Saved records that could not be read at start and were set aside; null once dismissed. */
  setAsideNotice: SetAsideNotice | null;
  /**
   * Adds a dataset, replacing one with the same id, and makes it active. A dataset other than the active one
   * opens in its own last view, or in the default view.
   */
  addDataset: (dataset: Dataset) => void;
  /** Makes a dataset active, keeping the current view for the dataset left and restoring the one switched to. */
  setActiveDataset: (datasetId: string) => void;
  /**
   * Removes a dataset and keeps it in `lastRemoved` for undo. The default dataset cannot be removed, because it
   * would come back with the next reload anyway; removing it does nothing.
   */
  removeDataset: (datasetId: string) => void;
  /** Puts the last removed dataset back at its position, active again if it was active. */
  undoRemove: () => void;
  /** Renames a dataset; blank names and the default dataset, whose name is rebuilt on every start, are ignored. */
  renameDataset: (datasetId: string, name: string) => void;
  /**
   * Adds datasets read back from storage after the ones already loaded, skipping ids already present. The active
   * dataset's saved view replaces the current view only while that is still the default view, so that a view
   * opened from a link is kept.
   */
  restoreSavedDatasets: (saved: readonly SavedDataset[], defaultView?: ViewState) => void;
  setStorageStatus: (status: StorageStatus) => void;
  setSetAsideNotice: (notice: SetAsideNotice | null) => void;
}

type ViewFields = Pick<PubscopeState, 'activeDatasetId' | 'view' | 'viewsByDataset'>;

/** Activates `datasetId`: the current view is kept for the dataset left, and the stored view of the new one restored. */
function switchView(state: PubscopeState, datasetId: string | null): ViewFields {
  const viewsByDataset = { ...state.viewsByDataset };
  if (state.activeDatasetId !== null) viewsByDataset[state.activeDatasetId] = state.view;

  const view = (datasetId !== null ? viewsByDataset[datasetId] : undefined) ?? createDefaultViewState();
  if (datasetId !== null) delete viewsByDataset[datasetId];

  return { activeDatasetId: datasetId, view, viewsByDataset };
}

function withoutView(viewsByDataset: Record<string, ViewState>, datasetId: string): Record<string, ViewState> {
  const remaining = { ...viewsByDataset };
  delete remaining[datasetId];
  return remaining;
}

// An action with nothing to change returns `state` itself, which zustand skips without notifying subscribers.
export const createDatasetsSlice: StateCreator<PubscopeState, [], [], DatasetsSlice> = (set) => ({
  datasets: [],
  activeDatasetId: null,
  viewsByDataset: {},
  lastRemoved: null,
  storageStatus: { kind: 'ok' },
  setAsideNotice: null,

  addDataset: (dataset) =>
    set((state) => {
      // A dataset that replaces one with the same id keeps its place in the switcher.
      const position = state.datasets.findIndex((existing) => existing.id === dataset.id);
      const datasets =
        position === -1 ? [...state.datasets, dataset] : state.datasets.map((existing, index) => (index === position ? dataset : existing));
      // The view before any dataset is loaded, such as one read from the URL, carries over to the first one.
      if (state.activeDatasetId === null || state.activeDatasetId === dataset.id) {
        return { datasets, activeDatasetId: dataset.id };
      }
      return { datasets, ...switchView(state, dataset.id) };
    }),

  setActiveDataset: (datasetId) =>
    set((state) => {
      if (datasetId === state.activeDatasetId) return state;
      if (!state.datasets.some((dataset) => dataset.id === datasetId)) return state;
      return switchView(state, datasetId);
    }),

  removeDataset: (datasetId) =>
    set((state) => {
      const position = state.datasets.findIndex((dataset) => dataset.id === datasetId);
      if (datasetId === DEFAULT_DATASET_ID || position === -1) return state;

      const wasActive = state.activeDatasetId === datasetId;
      const view = wasActive ? state.view : state.viewsByDataset[datasetId];
      const datasets = state.datasets.filter((dataset) => dataset.id !== datasetId);
      const lastRemoved: RemovedDataset = { dataset: state.datasets[position]!, position, wasActive, ...(view ? { view } : {}) };
      const viewsByDataset = withoutView(state.viewsByDataset, datasetId);
      if (!wasActive) return { datasets, viewsByDataset, lastRemoved };

      // The neighbour before the removed dataset takes its place, or the one after when it was first.
      const next = datasets[Math.max(0, position - 1)]?.id ?? null;
      const nextView = (next !== null ? viewsByDataset[next] : undefined) ?? createDefaultViewState();
      return {
        datasets,
        lastRemoved,
        activeDatasetId: next,
        view: nextView,
        viewsByDataset: next !== null ? withoutView(viewsByDataset, next) : viewsByDataset,
      };
    }),

  undoRemove: () =>
    set((state) => {
      const removed = state.lastRemoved;
      if (!removed) return state;
      if (state.datasets.some((dataset) => dataset.id === removed.dataset.id)) return { lastRemoved: null };

      const datasets = [...state.datasets];
      datasets.splice(Math.min(removed.position, datasets.length), 0, removed.dataset);
      const viewsByDataset = removed.view
        ? { ...state.viewsByDataset, [removed.dataset.id]: removed.view }
        : state.viewsByDataset;
      if (!removed.wasActive) return { datasets, viewsByDataset, lastRemoved: null };

      return { datasets, lastRemoved: null, ...switchView({ ...state, viewsByDataset }, removed.dataset.id) };
    }),

  renameDataset: (datasetId, name) =>
    set((state) => {
      const trimmed = name.trim();
      if (datasetId === DEFAULT_DATASET_ID || trimmed === '') return state;

      const current = state.datasets.find((dataset) => dataset.id === datasetId);
      if (!current || current.name === trimmed) return state;

      const renamed = { ...current, name: trimmed };
      return { datasets: state.datasets.map((dataset) => (dataset === current ? renamed : dataset)) };
    }),

  restoreSavedDatasets: (saved, defaultView) =>
    set((state) => {
      const present = new Set(state.datasets.map((dataset) => dataset.id));
      const restored = saved.filter(({ dataset }) => dataset.id !== DEFAULT_DATASET_ID && !present.has(dataset.id));
      const datasets = [...state.datasets, ...restored.map(({ dataset }) => dataset)];

      const savedViews = new Map<string, ViewState>(defaultView ? [[DEFAULT_DATASET_ID, defaultView]] : []);
      for (const { dataset, view } of restored) if (view) savedViews.set(dataset.id, view);

      const activeDatasetId = state.activeDatasetId ?? restored[0]?.dataset.id ?? null;
      const viewsByDataset = { ...state.viewsByDataset };
      let view = state.view;
      for (const [datasetId, savedView] of savedViews) {
        if (datasetId === activeDatasetId) {
          if (isDefaultViewState(view)) view = savedView;
        } else {
          // A view from this session is newer than the saved one.
          viewsByDataset[datasetId] ??= savedView;
        }
      }

      return { datasets, activeDatasetId, view, viewsByDataset };
    }),

  setStorageStatus: (storageStatus) => set({ storageStatus }),
  setSetAsideNotice: (setAsideNotice) => set({ setAsideNotice }),
});
