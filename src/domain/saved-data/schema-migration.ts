import { fail, ok, type Result } from '../model';

/** One step of a schema's history: turns a value written at version `from` into the shape of version `from + 1`. */
export interface Migration {
  from: number;
  /** Receives whatever was stored, possibly damaged; values it does not recognise are returned unchanged. */
  migrate: (value: unknown) => unknown;
}

/** The version a kind of saved data is written at now, and the steps that bring older versions up to it. */
export interface SchemaHistory {
  currentVersion: number;
  migrations: readonly Migration[];
}

/** Reads a schema version: a whole number from 0 up, or undefined for anything else. */
export function readSchemaVersion(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
}

/**
 * Applies the migrations from `version` up to the current version, one step at a time.
 * The caller rejects versions newer than the current one before calling. The result is still unvalidated.
 */
export function migrateToCurrent(value: unknown, version: number, history: SchemaHistory): Result<unknown> {
  let migrated = value;

  for (let from = version; from < history.currentVersion; from++) {
    const step = history.migrations.find((migration) => migration.from === from);
    if (!step) return fail(`Internal error: no migration from schema version ${from} to ${from + 1}.`);

    try {
      migrated = step.migrate(migrated);
    } catch (error) {
      return fail(`Internal error: the migration from schema version ${from} failed (${String(error)}).`);
    }
  }

  return ok(migrated);
}

/** Describes a JSON value's type in plain words for messages: "a list", "a number", "nothing". */
export function describeJsonType(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';

  switch (typeof value) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

export function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
