import type { ViewState } from '../../domain/query/view-state';
import { readSavedRecord, type SavedRecord } from '../../domain/saved-data/saved-record';
import { DEFAULT_DATASET_ID, type SavedDataset, type SetAsideEntry } from '../../domain/saved-data/storage-status';
import type { RecordBackend, SetAsideRecord, StoredEntry } from './record-backend';

/** Result of loading: the readable datasets in the order they were first saved, and the records set aside. */
export interface LoadOutcome {
  datasets: SavedDataset[];
  /** The view the default dataset was last shown in; its papers are never stored. */
  defaultView?: ViewState;
  setAside: SetAsideEntry[];
}

/**
 * Reads every saved record, migrates older ones and writes them back, and moves the unreadable ones to the
 * set-aside store, where they are kept for the raw export.
 */
export async function loadSavedDatasets(
  backend: RecordBackend,
  now: () => Date,
  warn: (message: string, details?: unknown) => void,
): Promise<LoadOutcome> {
  const contents = await backend.readAll();
  const records: SavedRecord[] = [];
  const migrated: StoredEntry[] = [];
  const unreadable: SetAsideRecord[] = [];

  for (const { key, value } of contents.records) {
    const read = readSavedRecord(key, value);
    if (!read.ok) {
      unreadable.push({ originalKey: key, reason: read.error, setAsideAt: now().toISOString(), record: value });
      continue;
    }

    const { record, migratedFrom, viewProblem } = read.value;
    records.push(record);
    if (migratedFrom !== undefined) migrated.push({ key, value: record });
    if (viewProblem) warn(`[persist] Dropped the saved view of dataset "${record.datasetId}": ${viewProblem}`);
  }

  if (unreadable.length > 0) {
    await backend.moveToSetAside(unreadable);
    warn(`[persist] Set aside ${unreadable.length} saved record(s) that could not be read.`, unreadable);
  }
  if (migrated.length > 0) await backend.putAll(migrated);

  return {
    ...collectDatasets(records),
    setAside: unreadable.map(({ originalKey, reason }) => ({ key: String(originalKey), reason })),
  };
}

function collectDatasets(records: SavedRecord[]): Pick<LoadOutcome, 'datasets' | 'defaultView'> {
  const ordered = [...records].sort(
    (first, second) =>
      first.createdAt.localeCompare(second.createdAt) || first.datasetId.localeCompare(second.datasetId),
  );
  const defaultRecord = ordered.find((record) => record.datasetId === DEFAULT_DATASET_ID);
  const datasets: SavedDataset[] = [];

  for (const { dataset, view } of ordered) {
    if (dataset) datasets.push(view ? { dataset, view } : { dataset });
  }

  return defaultRecord?.view ? { datasets, defaultView: defaultRecord.view } : { datasets };
}
