import type { StoredContents } from './record-backend';

/** Origin of the exported data, written at the top of the raw export. */
export interface RawExportSource {
  storage: 'indexeddb' | 'memory';
  databaseName: string;
  databaseVersion: number;
  exportedAt: Date;
}

const MAX_DEPTH = 1000;

/**
 * Writes everything in storage, readable or not, as indented JSON, so that a person can keep a copy of records
 * Pubscope could not read. Values JSON cannot hold (cycles, Maps, binary data, BigInt, non-finite numbers) are
 * written as descriptive strings or tagged objects instead of failing the export.
 */
export function formatRawExport(contents: StoredContents, source: RawExportSource): string {
  const document = {
    format: 'pubscope-raw-storage',
    exportedAt: source.exportedAt.toISOString(),
    storage: source.storage,
    databaseName: source.databaseName,
    databaseVersion: source.databaseVersion,
    datasets: contents.records.map((entry) => toJsonSafe(entry, new Set(), 0)),
    views: contents.views.map((entry) => toJsonSafe(entry, new Set(), 0)),
    setAside: contents.setAside.map((entry) => toJsonSafe(entry, new Set(), 0)),
  };

  return `${JSON.stringify(document, null, 2)}\n`;
}

function toJsonSafe(value: unknown, ancestors: Set<object>, depth: number): unknown {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  if (typeof value === 'function' || typeof value === 'symbol') return `[${typeof value}]`;
  if (typeof value !== 'object' || value === null) return value;

  if (ancestors.has(value)) return '[circular reference]';
  if (depth >= MAX_DEPTH) return '[nested too deeply]';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '[invalid date]' : value.toISOString();
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return `[binary data, ${value.byteLength} bytes]`;
  if (typeof Blob !== 'undefined' && value instanceof Blob) return `[binary data, ${value.size} bytes]`;

  ancestors.add(value);
  const converted = convertContainer(value, ancestors, depth + 1);
  ancestors.delete(value);
  return converted;
}

function convertContainer(value: object, ancestors: Set<object>, depth: number): unknown {
  const convert = (item: unknown) => toJsonSafe(item, ancestors, depth);

  if (Array.isArray(value)) return value.map(convert);
  if (value instanceof Map) return { $map: [...value.entries()].map(([key, item]) => [convert(key), convert(item)]) };
  if (value instanceof Set) return { $set: [...value].map(convert) };

  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, convert(item)]));
}
