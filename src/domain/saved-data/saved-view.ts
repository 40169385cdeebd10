import { fail, type Result } from '../model';
import type { ViewState } from '../query/view-state';
import { isPlainRecord, readSchemaVersion } from './schema-migration';
import { parseViewState } from './view-state-schema';

export const SAVED_VIEW_SCHEMA_VERSION = 1;

/**
 * One dataset's last view in the views store, keyed by the dataset id. Views are stored apart from the datasets so
 * that saving a view never reads or rewrites a dataset's papers.
 */
export interface SavedViewRecord {
  schemaVersion: typeof SAVED_VIEW_SCHEMA_VERSION;
  view: ViewState;
}

export function createSavedViewRecord(view: ViewState): SavedViewRecord {
  return { schemaVersion: SAVED_VIEW_SCHEMA_VERSION, view };
}

/** Validates a stored view record. Fails, with a reason a person can read, when it is damaged or from a newer Pubscope. */
export function readSavedView(value: unknown): Result<ViewState> {
  if (!isPlainRecord(value)) return fail('The view record is not an object.');

  const version = readSchemaVersion(value.schemaVersion);
  if (version === undefined) {
    return fail(`The view record's schemaVersion (${String(value.schemaVersion)}) is not a whole number.`);
  }
  if (version > SAVED_VIEW_SCHEMA_VERSION) {
    return fail(
      `The view was written by a newer Pubscope (schema version ${version}); this version reads up to ${SAVED_VIEW_SCHEMA_VERSION}.`,
    );
  }
  if (version < SAVED_VIEW_SCHEMA_VERSION) return fail(`The view record has an unknown schema version ${version}.`);

  return parseViewState(value.view);
}
