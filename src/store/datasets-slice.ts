import type { StateCreator } from 'zustand';

import type { Dataset } from '../domain/model';
import type { PubscopeState } from './pubscope-store';

export interface DatasetsSlice {
  datasets: Dataset[];
  activeDatasetId: string | null;
  /** Adds a dataset, replacing one with the same id, and makes it active. */
  addDataset: (dataset: Dataset) => void;
  setActiveDataset: (datasetId: string) => void;
}

export const createDatasetsSlice: StateCreator<PubscopeState, [], [], DatasetsSlice> = (set) => ({
  datasets: [],
  activeDatasetId: null,
  addDataset: (dataset) =>
    set((state) => {
      const others = state.datasets.filter((existing) => existing.id !== dataset.id);
      return { datasets: [...others, dataset], activeDatasetId: dataset.id };
    }),
  setActiveDataset: (datasetId) =>
    set((state) => (state.datasets.some((dataset) => dataset.id === datasetId) ? { activeDatasetId: datasetId } : {})),
});
