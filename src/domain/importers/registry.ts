import type { SourceFormat } from '../model';
import type { FormatChoice } from './formats';
import { importArxivAtom } from './arxiv-atom';
import { importBibtex } from './bibtex';
import { importCsv } from './csv';
import { detectFormat } from './detect-format';
import type { ImportResult, Importer, ImporterOptions } from './import-outcome';
import { DEFAULT_IMPORT_LIMITS } from './import-outcome';
import { importOpenAlex } from './openalex';
import { importProfileText } from './profile-text-importer';
import { importPubscopeJson } from './pubscope-json';

export const IMPORTERS: Record<SourceFormat, Importer> = {
  'profile-text': importProfileText,
  'pubscope-json': importPubscopeJson,
  csv: importCsv,
  bibtex: importBibtex,
  openalex: importOpenAlex,
  'arxiv-atom': importArxivAtom,
};

export { MAIN_THREAD_FORMATS, type FormatChoice } from './formats';

function describeSize(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** Reads text in the chosen format, or in the format recognised from its content and file name. */
export function importText(text: string, format: FormatChoice, options: ImporterOptions = {}): ImportResult {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  if (text.length > limits.maxInputBytes) {
    return { ok: false, error: `The input is larger than the limit of ${describeSize(limits.maxInputBytes)}.` };
  }
  if (text.trim() === '') return { ok: false, error: 'The input is empty: choose a file or paste text to import.' };

  const chosen = format === 'auto' ? detectFormat(text, options.fileName) : format;
  try {
    return IMPORTERS[chosen](text, { ...options, limits });
  } catch (error) {
    // Importers return their own failures; anything thrown is a bug, reported instead of crashing the page.
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: `The ${chosen} importer failed unexpectedly: ${reason}` };
  }
}
