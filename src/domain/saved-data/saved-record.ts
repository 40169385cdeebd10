import { z } from 'zod';

import { fail, ok, type Dataset, type Result } from '../model';
import type { ViewState } from '../query/view-state';
import {
  isPlainRecord,
  migrateToCurrent,
  readSchemaVersion,
  type Migration,
  type SchemaHistory,
} from './schema-migration';
import { DEFAULT_DATASET_ID } from './storage-status';
import { validateStoredDataset } from './stored-dataset-check';
import { parseViewState } from './view-state-schema';

export const SAVED_RECORD_SCHEMA_VERSION = 1;

/** One dataset's entry in the saved-datasets store, keyed by the dataset id. */
export interface SavedRecord {
  schemaVersion: typeof SAVED_RECORD_SCHEMA_VERSION;
  datasetId: string;
  /** Absent for the default dataset, which is rebuilt from the shipped file instead. */
  dataset?: Dataset;
  /**
   * The view as saved inside the record before database version 2 gave views a store of their own. Loading uses it
   * only when the views store has no usable view for the dataset, and saves no longer write it.
   */
  view?: ViewState;
  /** ISO date and time of the first save; saved datasets are listed in this order. */
  createdAt: string;
}

/** A record read back and checked, with what reading it had to change. */
export interface ReadRecord {
  record: SavedRecord;
  /** The schema version the record was stored at, when it was older than the current one. */
  migratedFrom?: number;
  /** Reason the view inside the record was dropped, although the dataset itself was readable. */
  viewProblem?: string;
}

/** Stands in for the unknown first-save time of records migrated from version 0, so that they are listed first. */
export const UNKNOWN_CREATED_AT = '1970-01-01T00:00:00.000Z';

/**
 * Schema version 0 is a pre-release draft kept so that the migration path stays exercised: the record was the
 * Dataset object itself, with no `schemaVersion` field and no view.
 */
const migrateFromVersion0: Migration = {
  from: 0,
  migrate: (value) => {
    if (!isPlainRecord(value)) return value;

    return { schemaVersion: 1, datasetId: value.id, dataset: value, createdAt: UNKNOWN_CREATED_AT };
  },
};

export const SAVED_RECORD_HISTORY: SchemaHistory = {
  currentVersion: SAVED_RECORD_SCHEMA_VERSION,
  migrations: [migrateFromVersion0],
};

const recordEnvelopeSchema = z.object({
  schemaVersion: z.literal(SAVED_RECORD_SCHEMA_VERSION),
  datasetId: z.string().min(1),
  dataset: z.unknown().optional(),
  view: z.unknown().optional(),
  createdAt: z.string(),
});

/**
 * Migrates and validates one stored record. Fails, with a reason a person can read, when the record is damaged,
 * written by a newer Pubscope, or stored under a key other than its dataset id.
 */
export function readSavedRecord(key: unknown, value: unknown): Result<ReadRecord> {
  if (typeof key !== 'string' || key === '') return fail(`Its key (${String(key)}) is not a dataset id.`);
  if (!isPlainRecord(value)) return fail('It is not an object.');

  const version = value.schemaVersion === undefined ? 0 : readSchemaVersion(value.schemaVersion);
  if (version === undefined) return fail(`Its schemaVersion (${String(value.schemaVersion)}) is not a whole number.`);
  if (version > SAVED_RECORD_SCHEMA_VERSION) {
    return fail(
      `It was written by a newer Pubscope (schema version ${version}); this version reads up to ${SAVED_RECORD_SCHEMA_VERSION}.`,
    );
  }

  const migrated = migrateToCurrent(value, version, SAVED_RECORD_HISTORY);
  if (!migrated.ok) return migrated;

  const checked = checkRecord(key, migrated.value);
  if (!checked.ok) return checked;

  return ok({ ...checked.value, ...(version < SAVED_RECORD_SCHEMA_VERSION ? { migratedFrom: version } : {}) });
}

function checkRecord(key: string, value: unknown): Result<ReadRecord> {
  const envelope = recordEnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0];
    return fail(`Invalid record at field ${issue?.path.map(String).join('.') || 'the top level'}: ${issue?.message}.`);
  }

  const { datasetId, createdAt } = envelope.data;
  if (datasetId !== key) return fail(`Its datasetId "${datasetId}" differs from its key "${key}".`);

  const dataset = checkDataset(datasetId, envelope.data.dataset);
  if (!dataset.ok) return dataset;

  const record: SavedRecord = { schemaVersion: SAVED_RECORD_SCHEMA_VERSION, datasetId, createdAt };
  if (dataset.value) record.dataset = dataset.value;
  if (envelope.data.view === undefined) return ok({ record });

  const view = parseViewState(envelope.data.view);
  if (!view.ok) return ok({ record, viewProblem: view.error });
  return ok({ record: { ...record, view: view.value } });
}

/** Validates the stored dataset. The default dataset's papers are never stored, so one found under its id is ignored. */
function checkDataset(datasetId: string, dataset: unknown): Result<Dataset | undefined> {
  if (datasetId === DEFAULT_DATASET_ID) return ok(undefined);
  if (dataset === undefined) return fail('It has no dataset.');

  const validated = validateStoredDataset(dataset);
  if (!validated.ok) return validated;
  if (validated.value.id !== datasetId) {
    return fail(`Its dataset id "${validated.value.id}" differs from its key "${datasetId}".`);
  }

  return ok(validated.value);
}

/**
 * Reads the fields a save keeps from the record already stored: a current-version record is trusted as written by
 * this build without validating its papers again, which a view save would otherwise pay for every time.
 */
export function readStoredRecordForUpdate(value: unknown): SavedRecord | undefined {
  if (!isPlainRecord(value) || value.schemaVersion !== SAVED_RECORD_SCHEMA_VERSION) return undefined;
  if (typeof value.datasetId !== 'string' || typeof value.createdAt !== 'string') return undefined;

  return value as unknown as SavedRecord;
}
