import { formatCount } from '../../format';
import type { ImportWarning, Paper, Result } from '../../model';
import { paperIdFromArxiv, paperIdFromDoi, paperIdFromTitle } from '../../paper-id';
import { validatePaper } from '../../schema';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits, type ImporterOptions, type SkippedRecord } from '../import-outcome';

/** A paper as one record describes it, before it gets its id and its position among the kept papers. */
export type PaperDraft = Omit<Paper, 'id' | 'sourceIndex'>;

/** The word for one record in messages: `record` for an item of a JSON array, `entry` for an Atom entry. */
export type RecordLabel = 'record' | 'entry';

export interface CollectedPapers {
  papers: Paper[];
  skipped: SkippedRecord[];
  warnings: ImportWarning[];
}

/** Progress is reported once per this many records, so that a callback that repaints stays cheap. */
const PROGRESS_INTERVAL = 1000;

const BYTES_PER_MEGABYTE = 1024 * 1024;

export function resolveLimits(options: ImporterOptions): ImportLimits {
  return options.limits ?? DEFAULT_IMPORT_LIMITS;
}

/** Returns the failure message for an input over `maxInputBytes` in UTF-8, or undefined when it fits. */
export function checkInputSize(text: string, limits: ImportLimits): string | undefined {
  if (utf8LengthExceeds(text, limits.maxInputBytes)) {
    return `The input is larger than the ${formatByteSize(limits.maxInputBytes)} limit for one import. Split it into smaller files and import them one at a time.`;
  }

  return undefined;
}

/** Returns the failure message for more records than `maxPapers`, or undefined when they fit. */
export function checkRecordCount(count: number, label: RecordLabel, limits: ImportLimits): string | undefined {
  if (count <= limits.maxPapers) return undefined;

  return `The input contains ${formatCount(count)} ${label === 'record' ? 'records' : 'entries'}, more than the limit of ${formatCount(limits.maxPapers)} papers for one import. Split it into smaller files.`;
}

/**
 * Turns records into papers in input order. A record that `readRecord` rejects, that has a field longer than
 * `maxFieldLength` or that fails the paper schema goes to `skipped` with its 1-based location. Kept papers get ids by
 * the usual priority (arXiv id, DOI, title and year) and `sourceIndex` from 0. A repeated id gets a `-2`, `-3` …
 * suffix and a warning, so that both copies stay.
 */
export function collectPapers<T>(
  records: readonly T[],
  label: RecordLabel,
  readRecord: (record: T) => Result<PaperDraft>,
  options: ImporterOptions,
): CollectedPapers {
  const limits = resolveLimits(options);
  const collected: CollectedPapers = { papers: [], skipped: [], warnings: [] };
  const firstRecordById = new Map<string, number>();

  records.forEach((record, index) => {
    const recordNumber = index + 1;
    const paper = buildPaper(record, readRecord, limits, collected.papers.length);

    if (!paper.ok) {
      collected.skipped.push({ location: `${label} ${recordNumber}`, reason: paper.error });
    } else {
      collected.papers.push(keepIdUnique(paper.value, recordNumber, label, firstRecordById, collected.warnings));
    }

    if (recordNumber % PROGRESS_INTERVAL === 0) options.onProgress?.(recordNumber / records.length);
  });

  options.onProgress?.(1);
  return collected;
}

function buildPaper<T>(
  record: T,
  readRecord: (record: T) => Result<PaperDraft>,
  limits: ImportLimits,
  sourceIndex: number,
): Result<Paper> {
  const draft = readRecord(record);
  if (!draft.ok) return draft;

  const overlongField = findOverlongField(draft.value, limits.maxFieldLength);
  if (overlongField) return { ok: false, error: overlongField };

  return validatePaper({ ...draft.value, id: paperIdFor(draft.value), sourceIndex });
}

function paperIdFor(draft: PaperDraft): string {
  if (draft.arxivId) return paperIdFromArxiv(draft.arxivId);
  if (draft.doi) return paperIdFromDoi(draft.doi);

  const year = draft.published ? Number(draft.published.slice(0, 4)) : undefined;
  return paperIdFromTitle(draft.title, year);
}

function findOverlongField(draft: PaperDraft, maxLength: number): string | undefined {
  for (const [field, value] of Object.entries(draft)) {
    const items: unknown[] = Array.isArray(value) ? value : [value];

    for (const item of items) {
      if (typeof item === 'string' && item.length > maxLength) {
        return `field ${field} is ${formatCount(item.length)} characters long, over the limit of ${formatCount(maxLength)}`;
      }
    }
  }

  return undefined;
}

function keepIdUnique(
  paper: Paper,
  recordNumber: number,
  label: RecordLabel,
  firstRecordById: Map<string, number>,
  warnings: ImportWarning[],
): Paper {
  const firstRecord = firstRecordById.get(paper.id);
  if (firstRecord === undefined) {
    firstRecordById.set(paper.id, recordNumber);
    return paper;
  }

  let suffix = 2;
  while (firstRecordById.has(`${paper.id}-${suffix}`)) suffix++;
  const uniqueId = `${paper.id}-${suffix}`;
  firstRecordById.set(uniqueId, recordNumber);

  const place = label === 'record' ? 'Record' : 'Entry';
  warnings.push({
    record: recordNumber,
    message: `${place} ${recordNumber} has the same id (${paper.id}) as ${label} ${firstRecord}, so it is likely the same paper. Both are kept, and the later one has the id ${uniqueId}.`,
  });
  return { ...paper, id: uniqueId };
}

/** Counts UTF-8 bytes only as far as needed to know whether the text is over `maxBytes`. */
function utf8LengthExceeds(text: string, maxBytes: number): boolean {
  // Every UTF-16 code unit is at least one UTF-8 byte and at most three, so most inputs need no counting.
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;

  let bytes = 0;
  for (let index = 0; index < text.length && bytes <= maxBytes; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    // A surrogate pair is four bytes in all, two for each half.
    else if (code >= 0xd800 && code <= 0xdfff) bytes += 2;
    else bytes += 3;
  }

  return bytes > maxBytes;
}

function formatByteSize(bytes: number): string {
  if (bytes >= BYTES_PER_MEGABYTE) return `${Number((bytes / BYTES_PER_MEGABYTE).toFixed(1))} MB`;

  return `${formatCount(bytes)}-byte`;
}
