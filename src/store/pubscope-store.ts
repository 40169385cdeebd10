import { create } from 'zustand';

import { createDatasetsSlice, type DatasetsSlice } from './datasets-slice';
import { createViewSlice, type ViewSlice } from './view-slice';

export type PubscopeState = DatasetsSlice & ViewSlice;

export const usePubscopeStore = create<PubscopeState>()((...args) => ({
  ...createDatasetsSlice(...args),
  ...createViewSlice(...args),
}));

/** The store's state before any dataset is loaded; tests reset to it. */
export const initialPubscopeState = usePubscopeStore.getState();
