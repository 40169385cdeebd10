import { formatCount } from '../format';
import { fail, ok, type ImportWarning, type Paper } from '../model';
import { paperIdFromArxiv, paperIdFromDoi, paperIdFromTitle } from '../paper-id';
import { validatePaper } from '../schema';
import { readCsvRows, type CsvDelimiter, type CsvRow, type TextPosition } from './csv/csv-rows';
import { detectDelimiter } from './csv/delimiter';
import { readHeaderRow, type ColumnLayout } from './csv/header-row';
import { readPaperRow, type PaperDraft } from './csv/paper-row';
import {
  DEFAULT_IMPORT_LIMITS,
  type ImportLimits,
  type ImportResult,
  type Importer,
  type ImporterOptions,
  type ParsedImport,
} from './import-outcome';

/** Progress is reported once per this many rows, so that a callback that repaints stays cheap. */
const PROGRESS_INTERVAL = 1000;
const BYTE_ORDER_MARK = '\uFEFF';

interface PaperIds {
  /** Line of the row that first used each id, suffixed ones included. */
  firstLineById: Map<string, number>;
  nextCopyById: Map<string, number>;
}

/** State built up while the rows stream past. */
interface RowCollector {
  layout?: ColumnLayout;
  headerFailure?: string;
  tooManyPapers: boolean;
  result: ParsedImport;
  ids: PaperIds;
  /** Line of the first value found under each unnamed header cell, by cell index. */
  unnamedCellValueLines: Map<number, number>;
}

/**
 * Imports a CSV file with a header row. Columns are matched by name in any order (see `columns.ts` for the names),
 * unknown ones are ignored with a warning, and the delimiter is a comma, a semicolon or a tab. A row with a bad
 * value is skipped with its starting line. A missing title column or an unclosed quote fails the whole import.
 * Text cells lose the leading `'` that `exportCsv` adds against formula injection (see `spreadsheet-formula.ts`).
 */
export const importCsv: Importer = (text, options = {}) => {
  try {
    return importOrFail(text, options);
  } catch (error) {
    return fail(`The CSV file could not be read: ${error instanceof Error ? error.message : String(error)}.`);
  }
};

function importOrFail(text: string, options: ImporterOptions): ImportResult {
  const limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
  if (utf8LengthExceeds(text, limits.maxInputBytes)) {
    return fail(
      `The file is larger than the ${formatByteSize(limits.maxInputBytes)} limit for one import. Split it into smaller files and import them one at a time.`,
    );
  }

  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  if (body.trim() === '') return fail('The file is empty. Expected a header row such as "title,authors,date" and one row per paper.');

  const { delimiter, hasSeparatorLine } = detectDelimiter(body);
  const collector: RowCollector = {
    tooManyPapers: false,
    result: { format: 'csv', papers: [], skipped: [], warnings: [] },
    ids: { firstLineById: new Map(), nextCopyById: new Map() },
    unnamedCellValueLines: new Map(),
  };
  let rowCount = 0;

  const { unclosedQuote } = readCsvRows(body, delimiter, (row, rowEnd) => {
    rowCount++;
    if (rowCount % PROGRESS_INTERVAL === 0) options.onProgress?.(rowEnd / body.length);
    if (hasSeparatorLine && rowCount === 1) return true;

    return collectRow(row, collector, delimiter, limits);
  });

  const failure = failureAfterReading(collector, unclosedQuote, limits);
  if (failure !== undefined) return fail(failure);

  collector.result.warnings.push(...unnamedColumnWarnings(collector.unnamedCellValueLines));
  options.onProgress?.(1);
  return ok(collector.result);
}

/** Returns the message that fails the whole import, or undefined when the rows were read. */
function failureAfterReading(
  collector: RowCollector,
  unclosedQuote: TextPosition | undefined,
  limits: ImportLimits,
): string | undefined {
  if (collector.headerFailure !== undefined) return collector.headerFailure;
  if (unclosedQuote !== undefined) {
    return `Line ${unclosedQuote.line}, column ${unclosedQuote.column}: a quoted value starts here but is never closed, so the rest of the file cannot be split into rows. End the value with a double quote followed by the delimiter or a line break, and write a double quote inside it twice ("").`;
  }
  if (collector.tooManyPapers) {
    return `The file has more than ${formatCount(limits.maxPapers)} papers, the limit for one import. Split it into smaller files.`;
  }
  if (collector.layout === undefined) return 'The file has no header row. Expected a first row such as "title,authors,date".';
  return undefined;
}

/** Reads the header row or one paper row into the collector. Returns false to stop reading. */
function collectRow(row: CsvRow, collector: RowCollector, delimiter: CsvDelimiter, limits: ImportLimits): boolean {
  if (row.cells.every((cell) => cell.trim() === '')) return true;

  if (collector.layout === undefined) {
    const layout = readHeaderRow(row.cells, row.line);
    if (!layout.ok) {
      collector.headerFailure = layout.error;
      return false;
    }
    collector.layout = layout.value;
    collector.result.warnings.push(...layout.value.warnings);
    return true;
  }

  noteUnnamedCellValues(row, collector);
  const paper = readPaper(row, collector.layout, delimiter, limits, collector.result.papers.length);
  if (!paper.ok) {
    collector.result.skipped.push({ location: `line ${row.line}`, reason: paper.error });
    return true;
  }

  if (collector.result.papers.length >= limits.maxPapers) {
    collector.tooManyPapers = true;
    return false;
  }
  collector.result.papers.push(keepIdUnique(paper.value, row.line, collector.ids, collector.result.warnings));
  return true;
}

function readPaper(
  row: CsvRow,
  layout: ColumnLayout,
  delimiter: CsvDelimiter,
  limits: ImportLimits,
  sourceIndex: number,
): ReturnType<typeof validatePaper> {
  if (row.malformedQuote !== undefined) {
    const { line, column } = row.malformedQuote;
    return fail(
      `Line ${line}, column ${column}: a quoted value has text after its closing quote. Write a double quote inside a quoted value twice ("").`,
    );
  }

  const draft = readPaperRow(row.cells, layout, delimiter, limits.maxFieldLength);
  if (!draft.ok) return draft;

  return validatePaper({ ...draft.value, id: paperIdFor(draft.value), sourceIndex });
}

function paperIdFor(draft: PaperDraft): string {
  if (draft.arxivId) return paperIdFromArxiv(draft.arxivId);
  if (draft.doi) return paperIdFromDoi(draft.doi);

  const year = draft.published ? Number(draft.published.slice(0, 4)) : undefined;
  return paperIdFromTitle(draft.title, year);
}

/**
 * Keeps papers that share an id apart by suffixing `-2`, `-3` … to the later copies, with a warning for each. The
 * next suffix of each id is remembered, so that many copies of one paper cost no more than distinct papers.
 */
function keepIdUnique(paper: Paper, line: number, ids: PaperIds, warnings: ImportWarning[]): Paper {
  const firstLine = ids.firstLineById.get(paper.id);
  if (firstLine === undefined) {
    ids.firstLineById.set(paper.id, line);
    return paper;
  }

  let copy = ids.nextCopyById.get(paper.id) ?? 2;
  while (ids.firstLineById.has(`${paper.id}-${copy}`)) copy++;
  const id = `${paper.id}-${copy}`;
  ids.firstLineById.set(id, line);
  ids.nextCopyById.set(paper.id, copy + 1);

  warnings.push({
    line,
    message: `The paper "${paper.title}" appears again (first on line ${firstLine}). Both copies are kept.`,
  });
  return { ...paper, id };
}

function noteUnnamedCellValues(row: CsvRow, collector: RowCollector): void {
  for (const index of collector.layout?.unnamedCells ?? []) {
    const hasValue = (row.cells[index] ?? '').trim() !== '';
    if (hasValue && !collector.unnamedCellValueLines.has(index)) collector.unnamedCellValueLines.set(index, row.line);
  }
}

function unnamedColumnWarnings(firstValueLines: ReadonlyMap<number, number>): ImportWarning[] {
  return [...firstValueLines].map(([index, line]) => ({
    line,
    message: `Column ${index + 1} has no name in the header row, so its values were ignored (the first is on line ${line}).`,
  }));
}

/** UTF-8 never takes fewer bytes than UTF-16 code units, so most inputs are judged without encoding them. */
function utf8LengthExceeds(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  if (text.length * 3 <= maxBytes) return false;

  return new TextEncoder().encode(text).length > maxBytes;
}

const BYTES_PER_MEGABYTE = 1024 * 1024;

function formatByteSize(bytes: number): string {
  if (bytes < BYTES_PER_MEGABYTE) return `${formatCount(bytes)}-byte`;
  return `${formatCount(Math.round(bytes / BYTES_PER_MEGABYTE))} MB`;
}
