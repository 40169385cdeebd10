import { fail, ok, type ImportWarning, type Paper, type Profile, type Result } from '../model';
import { paperIdFromArxiv, paperIdFromDoi, paperIdFromTitle } from '../paper-id';
import { paperSchema, profileSchema, validatePaper } from '../schema';
import { findJsonSyntaxError, lineAndColumnAt } from '../saved-data/json-syntax';
import { PUBSCOPE_FILE_FORMAT, PUBSCOPE_FILE_HISTORY, PUBSCOPE_FILE_SCHEMA_VERSION } from '../saved-data/pubscope-file';
import { describeJsonType, isPlainRecord, migrateToCurrent, readSchemaVersion } from '../saved-data/schema-migration';
import {
  DEFAULT_IMPORT_LIMITS,
  type Importer,
  type ImportLimits,
  type ImportResult,
  type SkippedRecord,
} from './import-outcome';

const BYTE_ORDER_MARK = '\uFEFF';
const PROGRESS_INTERVAL = 1000;
const PAPER_FIELDS = new Set(Object.keys(paperSchema.shape));
const PROFILE_TEXT_FIELDS = ['name', 'primaryCategory', 'capturedOn'] as const;

/**
 * Reads a file written by Pubscope's own export (`exportPubscopeJson`): the profile and the papers, field for field.
 *
 * Files at an older schema version are migrated first. Ids stored in the file are kept, so that a re-import matches
 * the export. A paper without one gets an id by the usual priority: arXiv id, DOI, then title and year.
 * `sourceIndex` is the position among the kept papers, whatever the file contains.
 */
export const importPubscopeJson: Importer = (text, options = {}) => {
  try {
    return importOrFail(text, options.limits ?? DEFAULT_IMPORT_LIMITS, options.onProgress);
  } catch (error) {
    return fail(`Internal error while reading the Pubscope JSON file: ${String(error)}.`);
  }
};

function importOrFail(text: string, limits: ImportLimits, onProgress?: (fraction: number) => void): ImportResult {
  const sizeProblem = checkSize(text, limits);
  if (sizeProblem) return fail(sizeProblem);

  const json = parseJson(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  if (!json.ok) return json;

  const file = readFileEnvelope(json.value);
  if (!file.ok) return file;

  const profile = readProfile(file.value.profile, limits);
  if (!profile.ok) return profile;

  const { papers } = file.value;
  if (!Array.isArray(papers)) {
    return fail(
      papers === undefined
        ? 'The file has no "papers" list. A Pubscope export lists the papers under "papers".'
        : `The "papers" field must be a list of papers, found ${describeJsonType(papers)}.`,
    );
  }
  if (papers.length > limits.maxPapers) {
    return fail(
      `The file lists ${formatCount(papers.length)} papers, more than the maximum of ${formatCount(limits.maxPapers)} that Pubscope reads.`,
    );
  }

  return ok({ format: 'pubscope-json', profile: profile.value, ...readPapers(papers, limits, onProgress) });
}

function checkSize(text: string, limits: ImportLimits): string | undefined {
  if (text.trim() === '') return 'The file is empty. Choose a JSON file exported from Pubscope.';

  // Each UTF-16 code unit takes one to three UTF-8 bytes, so the exact count is needed only in between.
  const tooLarge =
    text.length > limits.maxInputBytes ||
    (text.length * 3 > limits.maxInputBytes && utf8ByteLength(text) > limits.maxInputBytes);
  if (!tooLarge) return undefined;

  return `The file is larger than the maximum of ${formatMegabytes(limits.maxInputBytes)} that Pubscope reads.`;
}

function parseJson(text: string): Result<unknown> {
  try {
    return ok(JSON.parse(text) as unknown);
  } catch (error) {
    const syntaxError = findJsonSyntaxError(text);
    if (!syntaxError) return fail(`The file is not valid JSON: ${error instanceof Error ? error.message : String(error)}.`);

    const { line, column } = lineAndColumnAt(text, syntaxError.offset);
    return fail(`Line ${line}, column ${column}: the file is not valid JSON: ${syntaxError.message}.`);
  }
}

/** Checks `format` and `schemaVersion` and migrates an older file to the current shape. */
function readFileEnvelope(json: unknown): Result<Record<string, unknown>> {
  if (!isPlainRecord(json)) {
    return fail(
      `This is not a Pubscope export: expected a JSON object with "format": "${PUBSCOPE_FILE_FORMAT}", found ${describeJsonType(json)}.`,
    );
  }
  if (json.format !== PUBSCOPE_FILE_FORMAT) {
    const found = json.format === undefined ? 'it has no "format" field' : `its "format" is ${JSON.stringify(json.format)}`;
    return fail(`This is not a Pubscope export: ${found}, expected "${PUBSCOPE_FILE_FORMAT}".`);
  }

  const version = readSchemaVersion(json.schemaVersion);
  if (version === undefined) {
    const found = json.schemaVersion === undefined ? 'is missing' : `is ${JSON.stringify(json.schemaVersion)}`;
    return fail(`The "schemaVersion" field ${found}; a Pubscope export has a whole number there, such as 1.`);
  }
  if (version > PUBSCOPE_FILE_SCHEMA_VERSION) {
    return fail(
      `This file was written by a newer Pubscope (schema version ${version}); this version reads up to ${PUBSCOPE_FILE_SCHEMA_VERSION}. Import it into an up-to-date Pubscope.`,
    );
  }

  const migrated = migrateToCurrent(json, version, PUBSCOPE_FILE_HISTORY);
  if (!migrated.ok) return migrated;
  return isPlainRecord(migrated.value) ? ok(migrated.value) : fail('Internal error: the migrated file is not an object.');
}

function readProfile(value: unknown, limits: ImportLimits): Result<Profile> {
  if (value === undefined) {
    return fail('The file has no "profile". A Pubscope export has a profile object with at least the researcher\'s name.');
  }

  const parsed = profileSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue && issue.path.length > 0 ? `at field ${issue.path.map(String).join('.')}` : '';
    return fail(`The profile is invalid${field ? ` ${field}` : ''}: ${issue?.message ?? 'invalid value'}.`);
  }

  const profile = parsed.data as Profile;
  const longField = PROFILE_TEXT_FIELDS.find((field) => (profile[field]?.length ?? 0) > limits.maxFieldLength);
  if (longField) {
    return fail(`The profile is invalid at field ${longField}: longer than the maximum of ${limits.maxFieldLength} characters.`);
  }
  return ok(profile);
}

interface ReadPapers {
  papers: Paper[];
  skipped: SkippedRecord[];
  warnings: ImportWarning[];
}

function readPapers(records: unknown[], limits: ImportLimits, onProgress?: (fraction: number) => void): ReadPapers {
  const read: ReadPapers = { papers: [], skipped: [], warnings: [] };
  const recordNumberById = new Map<string, number>();

  records.forEach((record, index) => {
    const recordNumber = index + 1;
    const paper = readPaper(record, read.papers.length, limits);

    if (!paper.ok) {
      read.skipped.push({ location: `record ${recordNumber}`, reason: paper.error });
    } else {
      read.papers.push(keepIdUnique(paper.value, recordNumber, recordNumberById, read.warnings));
    }

    if (onProgress && recordNumber % PROGRESS_INTERVAL === 0) onProgress(recordNumber / records.length);
  });

  onProgress?.(1);
  return read;
}

function readPaper(record: unknown, sourceIndex: number, limits: ImportLimits): Result<Paper> {
  if (!isPlainRecord(record)) return fail(`Expected an object with the paper's fields, found ${describeJsonType(record)}.`);

  const longField = findLongField(record, limits.maxFieldLength);
  if (longField) return fail(`Invalid data at field ${longField}: longer than the maximum of ${limits.maxFieldLength} characters.`);

  const id = record.id === undefined ? deriveId(record) : record.id;
  return validatePaper({ ...record, id, sourceIndex });
}

/** Names the first known field holding a string, or a list of strings, longer than the limit. */
function findLongField(record: Record<string, unknown>, maxLength: number): string | undefined {
  return Object.keys(record).find((field) => {
    if (!PAPER_FIELDS.has(field)) return false;

    const value = record[field];
    if (typeof value === 'string') return value.length > maxLength;
    return Array.isArray(value) && value.some((item) => typeof item === 'string' && item.length > maxLength);
  });
}

/** Derives an id by the usual priority for a hand-written paper without one; undefined lets validation name it. */
function deriveId(record: Record<string, unknown>): string | undefined {
  if (typeof record.arxivId === 'string' && record.arxivId.trim()) return paperIdFromArxiv(record.arxivId);
  if (typeof record.doi === 'string' && record.doi.trim()) return paperIdFromDoi(record.doi);
  if (typeof record.title !== 'string' || !record.title.trim()) return undefined;

  const year = typeof record.published === 'string' ? Number.parseInt(record.published.slice(0, 4), 10) : Number.NaN;
  return paperIdFromTitle(record.title, Number.isNaN(year) ? undefined : year);
}

/** Gives a repeated id a `-2`, `-3` … suffix, as the profile-text importer does, and warns about it. */
function keepIdUnique(
  paper: Paper,
  recordNumber: number,
  recordNumberById: Map<string, number>,
  warnings: ImportWarning[],
): Paper {
  const firstRecord = recordNumberById.get(paper.id);
  if (firstRecord === undefined) {
    recordNumberById.set(paper.id, recordNumber);
    return paper;
  }

  let suffix = 2;
  while (recordNumberById.has(`${paper.id}-${suffix}`)) suffix++;
  const id = `${paper.id}-${suffix}`;
  recordNumberById.set(id, recordNumber);
  warnings.push({
    record: recordNumber,
    message: `Record ${recordNumber} has the same id "${paper.id}" as record ${firstRecord}. Both are kept; this one now has the id "${id}".`,
  });
  return { ...paper, id };
}

/** Counts the UTF-8 bytes of `text` without encoding it, which would copy up to three times its size. */
function utf8ByteLength(text: string): number {
  let bytes = 0;

  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

function formatMegabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
