import type {
  RecordBackend,
  RecordChange,
  SetAsideRecord,
  StoreChange,
  StoredContents,
  StoredEntry,
  StoredPair,
} from './record-backend';

/** Keeps records and views in maps for the rest of the session, when IndexedDB cannot be used. */
export class MemoryBackend implements RecordBackend {
  readonly kind = 'memory';
  readonly #records = new Map<string, StoredEntry>();
  readonly #views = new Map<string, StoredEntry>();
  readonly #setAside: StoredEntry[] = [];
  #nextSetAsideKey = 1;

  /** Starts from `contents`, such as what IndexedDB still held when writing to it failed. */
  constructor(contents: StoredContents = { records: [], views: [], setAside: [] }) {
    for (const entry of contents.records) this.#records.set(String(entry.key), entry);
    for (const entry of contents.views) this.#views.set(String(entry.key), entry);
    for (const entry of contents.setAside) {
      this.#setAside.push(entry);
      if (typeof entry.key === 'number' && entry.key >= this.#nextSetAsideKey) this.#nextSetAsideKey = entry.key + 1;
    }
  }

  async readAll(): Promise<StoredContents> {
    return { records: [...this.#records.values()], views: [...this.#views.values()], setAside: [...this.#setAside] };
  }

  async update(key: string, change: (current: StoredPair) => RecordChange): Promise<void> {
    const outcome = change({ record: this.#records.get(key)?.value, view: this.#views.get(key)?.value });

    applyChange(this.#records, key, outcome.record);
    applyChange(this.#views, key, outcome.view);
  }

  async putView(key: string, view: unknown, requireRecord: boolean): Promise<void> {
    if (requireRecord && !this.#records.has(key)) return;

    this.#views.set(key, { key, value: view });
  }

  async remove(key: string): Promise<void> {
    this.#records.delete(key);
    this.#views.delete(key);
  }

  async putAll(entries: readonly StoredEntry[]): Promise<void> {
    for (const entry of entries) this.#records.set(String(entry.key), entry);
  }

  async moveToSetAside(records: readonly SetAsideRecord[]): Promise<void> {
    for (const record of records) {
      this.#records.delete(String(record.originalKey));
      this.#setAside.push({ key: this.#nextSetAsideKey++, value: record });
    }
  }

  close(): void {}
}

function applyChange(entries: Map<string, StoredEntry>, key: string, change: StoreChange): void {
  if (change.kind === 'put') entries.set(key, { key, value: change.value });
  else if (change.kind === 'delete') entries.delete(key);
}
