import { detectFormat } from '../../domain/importers/detect-format';
import type { ImportResult } from '../../domain/importers/import-outcome';
import { importText } from '../../domain/importers/registry';
import type { ImportRequest } from './import-messages';
import { readFileText } from './read-source';

/** Share of the progress bar given to reading the file; parsing fills the rest. */
const READ_SHARE = 0.3;

/** Reads and parses one import request, wherever it runs: in the import worker or on the main thread. */
export async function runImport(request: ImportRequest, onProgress: (fraction: number) => void): Promise<ImportResult> {
  const text =
    'file' in request.source
      ? await readFileText(request.source.file, (fraction) => onProgress(fraction * READ_SHARE))
      : request.source.text;

  const format = request.format === 'auto' ? detectFormat(text, request.fileName) : request.format;
  return importText(text, format, {
    fileName: request.fileName,
    onProgress: (fraction) => onProgress(READ_SHARE + fraction * (1 - READ_SHARE)),
  });
}
