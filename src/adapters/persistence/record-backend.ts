/** One stored value with its key, as read back. */
export interface StoredEntry {
  key: IDBValidKey;
  value: unknown;
}

/** Everything in storage: the saved-dataset records and the records set aside because they could not be read. */
export interface StoredContents {
  records: StoredEntry[];
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

/** Effect of an update on the record it read: write a new value, delete it, or leave it as it is. */
export type RecordChange = { kind: 'put'; value: unknown } | { kind: 'delete' } | { kind: 'keep' };

/** The few operations the dataset storage needs, implemented over IndexedDB and over plain memory. */
export interface RecordBackend {
  readonly kind: 'indexeddb' | 'memory';
  readAll(): Promise<StoredContents>;
  /** Reads the record under `key` (undefined when there is none) and applies `change` to it in one transaction. */
  update(key: string, change: (current: unknown) => RecordChange): Promise<void>;
  /** Writes records back in one transaction, as after migrating them. */
  putAll(entries: readonly StoredEntry[]): Promise<void>;
  /** Moves records to the set-aside store in one transaction, so that none is lost between the two stores. */
  moveToSetAside(records: readonly SetAsideRecord[]): Promise<void>;
  close(): void;
}
