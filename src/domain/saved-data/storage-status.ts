import type { Dataset } from '../model';
import type { ViewState } from '../query/view-state';

/**
 * Id of the dataset built from the shipped profile file. It is rebuilt on every start, so its papers are never
 * stored; only the view it was last shown in is.
 */
export const DEFAULT_DATASET_ID = 'default';

/** Whether saved datasets survive a reload. `reason` completes the sentence "…will not survive a reload: <reason>". */
export type StorageStatus = { kind: 'ok' } | { kind: 'memory-only'; reason: string };

/** A stored record that could not be read and was moved to the set-aside store, where it is kept. */
export interface SetAsideEntry {
  /** The record's key in the saved-datasets store, normally the dataset id. */
  key: string;
  reason: string;
}

/** Notice shown to the person about records set aside at start. */
export interface SetAsideNotice {
  entries: SetAsideEntry[];
}

/** A dataset read back from storage, with the view it was last shown in. */
export interface SavedDataset {
  dataset: Dataset;
  view?: ViewState;
}

/** Returns the sentence the page shows while saving is off, or undefined while saving works. */
export function describeStorageStatus(status: StorageStatus): string | undefined {
  if (status.kind === 'ok') return undefined;

  return `Your data is kept in memory only and will not survive a reload: ${status.reason}`;
}
