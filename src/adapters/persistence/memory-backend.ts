import type { RecordBackend, RecordChange, SetAsideRecord, StoredContents, StoredEntry } from './record-backend';

/** Keeps records in maps for the rest of the session, when IndexedDB cannot be used. */
export class MemoryBackend implements RecordBackend {
  readonly kind = 'memory';
  readonly #records = new Map<string, StoredEntry>();
  readonly #setAside: StoredEntry[] = [];
  #nextSetAsideKey = 1;

  /** Starts from `contents`, such as what IndexedDB still held when writing to it failed. */
  constructor(contents: StoredContents = { records: [], setAside: [] }) {
    for (const entry of contents.records) this.#records.set(String(entry.key), entry);
    for (const entry of contents.setAside) {
      this.#setAside.push(entry);
      if (typeof entry.key === 'number' && entry.key >= this.#nextSetAsideKey) this.#nextSetAsideKey = entry.key + 1;
    }
  }

  async readAll(): Promise<StoredContents> {
    return { records: [...this.#records.values()], setAside: [...this.#setAside] };
  }

  async update(key: string, change: (current: unknown) => RecordChange): Promise<void> {
    const outcome = change(this.#records.get(key)?.value);

    if (outcome.kind === 'put') this.#records.set(key, { key, value: outcome.value });
    else if (outcome.kind === 'delete') this.#records.delete(key);
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
