// Saves a generated dataset through Pubscope's own storage code, as if a person had imported it earlier, so that
// the next visit to the app reads it back from IndexedDB.
import { openDatasetStorage, type DatasetStorage } from '../../src/adapters/persistence/dataset-storage';
import type { StorageStatus } from '../../src/domain/saved-data/storage-status';
import { generateDataset } from '../../src/domain/synthetic/generate-dataset';

/** Outcome of the seed page, which the benchmark runner reads back from `window.__benchSeed`. */
interface SeedOutcome {
  datasetId?: string;
  paperCount?: number;
  /** UTF-8 size of the dataset as JSON text, the unit of the heap target. */
  jsonBytes?: number;
  generateMs?: number;
  saveMs?: number;
  error?: string;
}

declare global {
  interface Window {
    __benchSeed?: SeedOutcome;
  }
}

function readStatus(storage: DatasetStorage): StorageStatus {
  return storage.status;
}

function readPositiveInteger(params: URLSearchParams, name: string): number {
  const value = Number(params.get(name));
  if (!Number.isInteger(value) || value < 0) throw new Error(`The query parameter "${name}" must be a whole number, got "${params.get(name)}".`);
  return value;
}

async function seedDataset(): Promise<SeedOutcome> {
  const params = new URLSearchParams(window.location.search);
  const count = readPositiveInteger(params, 'count');
  const seed = readPositiveInteger(params, 'seed');

  const generateStart = performance.now();
  const dataset = generateDataset(count, seed);
  const jsonBytes = new Blob([JSON.stringify(dataset)]).size;
  const generateMs = performance.now() - generateStart;

  const saveStart = performance.now();
  const storage = await openDatasetStorage();
  if (storage.status.kind !== 'ok') throw new Error(`IndexedDB is not usable: ${storage.status.reason}`);
  await storage.save(dataset);
  // save() never rejects: a failed write moves the storage to memory, which its status then reports.
  const statusAfterSave = readStatus(storage);
  if (statusAfterSave.kind !== 'ok') throw new Error(`Saving the dataset failed: ${statusAfterSave.reason}`);
  storage.close();

  return { datasetId: dataset.id, paperCount: count, jsonBytes, generateMs, saveMs: performance.now() - saveStart };
}

const status = document.getElementById('status');
seedDataset().then(
  (outcome) => {
    window.__benchSeed = outcome;
    if (status) status.textContent = `Saved ${outcome.paperCount} papers.`;
  },
  (error: unknown) => {
    window.__benchSeed = { error: error instanceof Error ? error.message : String(error) };
    if (status) status.textContent = `Failed: ${window.__benchSeed.error}`;
  },
);
