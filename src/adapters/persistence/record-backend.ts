/** One stored value with its key, as read back. */
export interface StoredEntry {
  key: IDBValidKey;
  value: unknown;
}

/**
 * Everything in storage: the saved-dataset records, the views stored apart from them under the same keys, and the
 * records set aside because they could not be read.
 */
export interface StoredContents {
  records: StoredEntry[];
  views: StoredEntry[];
  setAside: StoredEntry[];
}

/** A record moved out of the saved-datasets store, kept with why and when. */
export interface SetAsideRecord {
  /** Its key in the saved-datasets store. */
  originalKey: IDBValidKey;
  reason: string;
  setAsideAt: string;
  /** The stored value exactly as it was read. */
  record: unknown;
}

/** Effect on one stored value: write a new value, delete it, or leave it as it is. */
export type StoreChange = { kind: 'put'; value: unknown } | { kind: 'delete' } | { kind: 'keep' };

/** The record and the view stored under one key, as an update reads them, each undefined where there is none. */
export interface StoredPair {
  record: unknown;
  view: unknown;
}

/** Effect of an update on the record and on the view under its key. */
export interface RecordChange {
  record: StoreChange;
  view: StoreChange;
}

/** The few operations the dataset storage needs, implemented over IndexedDB and over plain memory. */
export interface RecordBackend {
  readonly kind: 'indexeddb' | 'memory';
  readAll(): Promise<StoredContents>;
  /** Reads the record and the view under `key` and applies `change` to them in one transaction. */
  update(key: string, change: (current: StoredPair) => RecordChange): Promise<void>;
  /**
   * Writes the view under `key` without reading or writing the record. With `requireRecord`, writes it only while a
   * record is stored under `key`.
   */
  putView(key: string, view: unknown, requireRecord: boolean): Promise<void>;
  /** Deletes the record and the view under `key` in one transaction, without reading them. */
  remove(key: string): Promise<void>;
  /** Writes records back in one transaction, as after migrating them. */
  putAll(entries: readonly StoredEntry[]): Promise<void>;
  /** Moves records to the set-aside store in one transaction, so that none is lost between the two stores. */
  moveToSetAside(records: readonly SetAsideRecord[]): Promise<void>;
  close(): void;
}
