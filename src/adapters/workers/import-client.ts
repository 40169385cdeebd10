import { detectFormat } from '../../domain/importers/detect-format';
import { DEFAULT_IMPORT_LIMITS, type ImportResult } from '../../domain/importers/import-outcome';
import { MAIN_THREAD_FORMATS, type FormatChoice } from '../../domain/importers/formats';
import type { ImportRequest, ImportWorkerMessage } from './import-messages';

export interface ImportJob {
  /** Settles with the import's result, or with a "cancelled" failure after `cancel()`. */
  result: Promise<ImportResult>;
  cancel: () => void;
}

export interface ImportJobOptions {
  format: FormatChoice;
  onProgress?: (fraction: number) => void;
}

export const CANCELLED_MESSAGE = 'The import was cancelled.';

/** How many bytes a format sniff reads from the start of a file. */
const SNIFF_BYTES = 8192;

function describeLimit(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

async function resolveFormat(request: ImportRequest): Promise<FormatChoice> {
  if (request.format !== 'auto') return request.format;
  const start = 'file' in request.source ? await request.source.file.slice(0, SNIFF_BYTES).text() : request.source.text;
  return detectFormat(start, request.fileName);
}

function runOnMainThread(request: ImportRequest, options: ImportJobOptions): ImportJob {
  let cancelled = false;
  // The importers load on first use, so that their parsers stay out of the page's first paint.
  const result = import('./run-import')
    .then(({ runImport }) => runImport(request, (fraction) => options.onProgress?.(fraction)))
    .then((outcome) => (cancelled ? { ok: false as const, error: CANCELLED_MESSAGE } : outcome));
  return { result, cancel: () => (cancelled = true) };
}

function runInWorker(request: ImportRequest, options: ImportJobOptions): ImportJob {
  const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
  let settle: (result: ImportResult) => void = () => {};
  const result = new Promise<ImportResult>((resolve) => (settle = resolve));

  worker.onmessage = (event: MessageEvent<ImportWorkerMessage>) => {
    if (event.data.kind === 'progress') {
      options.onProgress?.(event.data.fraction);
      return;
    }
    settle(event.data.result);
    worker.terminate();
  };
  worker.onerror = (event) => {
    settle({ ok: false, error: `The import stopped unexpectedly: ${event.message || 'the background reader failed'}.` });
    worker.terminate();
  };
  worker.postMessage(request);

  return {
    result,
    cancel: () => {
      // Terminating stops a parse midway; a cooperative flag would wait for the parser to check it.
      worker.terminate();
      settle({ ok: false, error: CANCELLED_MESSAGE });
    },
  };
}

/**
 * Starts reading a file or pasted text. Parsing runs in a Web Worker so that the page stays responsive,
 * except for formats that need DOMParser and where the browser has no workers (tests in jsdom).
 */
export function startImport(source: ImportRequest['source'], fileName: string | undefined, options: ImportJobOptions): ImportJob {
  const size = 'file' in source ? source.file.size : source.text.length;
  if (size > DEFAULT_IMPORT_LIMITS.maxInputBytes) {
    const error = `The file is ${describeLimit(size)}, more than the limit of ${describeLimit(DEFAULT_IMPORT_LIMITS.maxInputBytes)}.`;
    return { result: Promise.resolve({ ok: false, error }), cancel: () => {} };
  }

  const request: ImportRequest = { source, format: options.format, fileName };
  let current: ImportJob | undefined;
  let cancelledEarly = false;
  const result = resolveFormat(request).then((format) => {
    if (cancelledEarly) return { ok: false as const, error: CANCELLED_MESSAGE };
    const resolved = { ...request, format };
    const useWorker = typeof Worker !== 'undefined' && !MAIN_THREAD_FORMATS.has(format as never);
    current = useWorker ? runInWorker(resolved, options) : runOnMainThread(resolved, options);
    return current.result;
  });

  return {
    result,
    cancel: () => {
      cancelledEarly = true;
      current?.cancel();
    },
  };
}
