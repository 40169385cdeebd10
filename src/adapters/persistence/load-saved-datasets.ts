import type { ViewState } from '../../domain/query/view-state';
import { readSavedRecord, type SavedRecord } from '../../domain/saved-data/saved-record';
import { readSavedView } from '../../domain/saved-data/saved-view';
import { DEFAULT_DATASET_ID, type SavedDataset, type SetAsideEntry } from '../../domain/saved-data/storage-status';
import type { RecordBackend, SetAsideRecord, StoredEntry } from './record-backend';

/** Result of loading: the readable datasets in the order they were first saved, and the records set aside. */
export interface LoadOutcome {
  datasets: SavedDataset[];
  /** The view the default dataset was last shown in; its papers are never stored. */
  defaultView?: ViewState;
  setAside: SetAsideEntry[];
}

type Warn = (message: string, details?: unknown) => void;

/** A readable record, with the reason the view inside it was dropped if it was. */
interface ReadableRecord {
  record: SavedRecord;
  viewProblem?: string;
}

/**
 * Reads every saved record and view, migrates older records and writes them back, and moves the unreadable ones to
 * the set-aside store, where they are kept for the raw export.
 */
export async function loadSavedDatasets(backend: RecordBackend, now: () => Date, warn: Warn): Promise<LoadOutcome> {
  const contents = await backend.readAll();
  const readable: ReadableRecord[] = [];
  const migrated: StoredEntry[] = [];
  const unreadable: SetAsideRecord[] = [];

  for (const { key, value } of contents.records) {
    const read = readSavedRecord(key, value);
    if (!read.ok) {
      unreadable.push({ originalKey: key, reason: read.error, setAsideAt: now().toISOString(), record: value });
      continue;
    }

    const { record, migratedFrom, viewProblem } = read.value;
    readable.push(viewProblem ? { record, viewProblem } : { record });
    if (migratedFrom !== undefined) migrated.push({ key, value: record });
  }

  if (unreadable.length > 0) {
    await backend.moveToSetAside(unreadable);
    warn(`[persist] Set aside ${unreadable.length} saved record(s) that could not be read.`, unreadable);
  }
  if (migrated.length > 0) await backend.putAll(migrated);

  const storedViews = new Map(contents.views.map(({ key, value }) => [String(key), value]));
  return {
    ...collectDatasets(readable, storedViews, warn),
    setAside: unreadable.map(({ originalKey, reason }) => ({ key: String(originalKey), reason })),
  };
}

function collectDatasets(
  readable: ReadableRecord[],
  storedViews: ReadonlyMap<string, unknown>,
  warn: Warn,
): Pick<LoadOutcome, 'datasets' | 'defaultView'> {
  const ordered = [...readable].sort(
    (first, second) =>
      first.record.createdAt.localeCompare(second.record.createdAt) ||
      first.record.datasetId.localeCompare(second.record.datasetId),
  );
  const datasets: SavedDataset[] = [];

  for (const entry of ordered) {
    const { dataset } = entry.record;
    if (!dataset) continue;

    const view = chooseView(dataset.id, storedViews, entry, warn);
    datasets.push(view ? { dataset, view } : { dataset });
  }

  const defaultRecord = ordered.find(({ record }) => record.datasetId === DEFAULT_DATASET_ID);
  const defaultView = chooseView(DEFAULT_DATASET_ID, storedViews, defaultRecord, warn);
  return defaultView ? { datasets, defaultView } : { datasets };
}

/**
 * Picks a dataset's view: the one in the views store, or else the one that a record from database version 1 carries
 * inside it. A view that fails validation is dropped with a warning, and the dataset opens in the next choice.
 */
function chooseView(
  datasetId: string,
  storedViews: ReadonlyMap<string, unknown>,
  readable: ReadableRecord | undefined,
  warn: Warn,
): ViewState | undefined {
  if (storedViews.has(datasetId)) {
    const stored = readSavedView(storedViews.get(datasetId));
    if (stored.ok) return stored.value;
    warnDroppedView(warn, datasetId, stored.error);
  }

  if (readable?.viewProblem) warnDroppedView(warn, datasetId, readable.viewProblem);
  return readable?.record.view;
}

function warnDroppedView(warn: Warn, datasetId: string, problem: string): void {
  warn(`[persist] Dropped the saved view of dataset "${datasetId}": ${problem}`);
}
