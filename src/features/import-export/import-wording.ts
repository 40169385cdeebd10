import { formatCount } from '../../domain/format';
import type { ImportLimits } from '../../domain/importers/import-outcome';
import type { ImportWarning } from '../../domain/model';
import type { ToastContent } from './toast-context';

const BYTES_PER_MB = 1024 * 1024;
const IMPORT_TOAST_MS = 10_000;

/** Writes "3 papers" or "1 paper". */
export function countNoun(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

export function describeImportLimits(limits: ImportLimits): string {
  const megabytes = formatCount(Math.round(limits.maxInputBytes / BYTES_PER_MB));

  return `Limits: files up to ${megabytes} MB, ${formatCount(limits.maxPapers)} papers, ${formatCount(limits.maxFieldLength)} characters per field.`;
}

export interface ImportCounts {
  importedCount: number;
  mergedCount: number;
  skippedCount: number;
}

/** Writes the toast text after an import: "Imported 3 papers from refs.bib (1 duplicate merged, 0 skipped)". */
export function describeImportSuccess(counts: ImportCounts, sourceName: string): string {
  const merged = `${countNoun(counts.mergedCount, 'duplicate')} merged`;

  return `Imported ${countNoun(counts.importedCount, 'paper')} from ${sourceName} (${merged}, ${formatCount(counts.skippedCount)} skipped)`;
}

export function describeImportWarning(warning: ImportWarning): string {
  if (warning.line !== undefined) return `Line ${warning.line}: ${warning.message}`;
  if (warning.record !== undefined) return `Record ${warning.record}: ${warning.message}`;
  return warning.message;
}

/** Writes the sentence above the list of records that could not be read. */
export function describeSkippedOffer(paperCount: number, skippedCount: number): string {
  return `${countNoun(paperCount, 'paper')} can be imported; ${countNoun(skippedCount, 'record')} could not be read:`;
}

export function describeImportGoodOnes(paperCount: number, skippedCount: number): string {
  const good = paperCount === 1 ? 'the 1 good one' : `the ${formatCount(paperCount)} good ones`;

  return `Import ${good}, skip ${formatCount(skippedCount)}`;
}

export function describeFileSize(bytes: number): string {
  if (bytes < 1024) return countNoun(bytes, 'byte');
  if (bytes < BYTES_PER_MB) return `${formatCount(Math.ceil(bytes / 1024))} KB`;
  return `${(bytes / BYTES_PER_MB).toFixed(1)} MB`;
}

/**
 * Builds the toast after an import, with the import's warnings behind a disclosure. A toast with warnings stays until
 * dismissed, so that there is time to read them.
 */
export function describeImportToast(counts: ImportCounts, sourceName: string, warnings: readonly ImportWarning[]): ToastContent {
  const message = describeImportSuccess(counts, sourceName);
  if (warnings.length === 0) return { message, durationMs: IMPORT_TOAST_MS };

  return {
    message,
    details: { summary: countNoun(warnings.length, 'warning'), items: warnings.map(describeImportWarning) },
  };
}
