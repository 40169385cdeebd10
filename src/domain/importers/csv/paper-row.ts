import { formatCount } from '../../format';
import type { Paper, Result } from '../../model';
import {
  parseArxivId,
  parseAuthors,
  parseCitations,
  parseDate,
  parseDoi,
  parseHasCode,
  parseScore,
  splitList,
  type CellValue,
} from './cell-values';
import { CSV_COLUMNS, NUMERIC_COLUMNS, type CsvColumn } from './columns';
import type { CsvDelimiter } from './csv-rows';
import type { ColumnLayout } from './header-row';
import { restoreNeutralisedText } from './spreadsheet-formula';

/** A paper as one row describes it, before it gets its id and its position among the kept papers. */
export type PaperDraft = Omit<Paper, 'id' | 'sourceIndex'>;

type RowCells = Partial<Record<CsvColumn, string>>;

const MAX_QUOTED_LENGTH = 60;

const DELIMITER_NAMES: Record<CsvDelimiter, string> = { ',': 'the comma', ';': 'the semicolon', '\t': 'the tab' };

/** Reads one data row into a paper draft, or returns the reason the row is skipped, naming the column at fault. */
export function readPaperRow(
  cells: readonly string[],
  layout: ColumnLayout,
  delimiter: CsvDelimiter,
  maxFieldLength: number,
): Result<PaperDraft> {
  const columnCount = layout.headerNames.length;
  const cellCountProblem = () =>
    `The row has ${cells.length} values but the header row names ${columnCount} columns. A value that contains ${DELIMITER_NAMES[delimiter]} must be enclosed in double quotes.`;
  if (countExtraCells(cells, columnCount) > 0) return fail(cellCountProblem());

  const rowCells = collectCells(cells, layout, maxFieldLength);
  const draft = rowCells.ok ? buildDraft(rowCells.value, layout) : rowCells;

  // Empty cells past the last column are allowed, but when the row is also wrong they point to a delimiter left unquoted.
  if (!draft.ok && cells.length > columnCount) return fail(`${draft.error} ${cellCountProblem()}`);
  return draft;
}

/** Counts non-empty cells past the header's last column. Spreadsheets may leave empty ones after the last value. */
function countExtraCells(cells: readonly string[], columnCount: number): number {
  return cells.slice(columnCount).filter((cell) => cell.trim() !== '').length;
}

/**
 * Picks the known columns' cells out of the row. A text cell loses its formula neutralisation quote, or else the white
 * space around it. A number cell loses only the white space.
 */
function collectCells(cells: readonly string[], layout: ColumnLayout, maxFieldLength: number): Result<RowCells> {
  const rowCells: RowCells = {};

  for (const column of CSV_COLUMNS) {
    const index = layout.cellIndex[column];
    const cell = index === undefined ? undefined : cells[index];
    if (cell === undefined) continue;

    if (cell.length > maxFieldLength) {
      return fail(
        `Column "${headerName(column, layout)}": the value is ${formatCount(cell.length)} characters long, over the limit of ${formatCount(maxFieldLength)}.`,
      );
    }

    const restored = NUMERIC_COLUMNS.has(column) ? undefined : restoreNeutralisedText(cell);
    rowCells[column] = restored ?? cell.trim();
  }

  return { ok: true, value: rowCells };
}

function buildDraft(cells: RowCells, layout: ColumnLayout): Result<PaperDraft> {
  const read = <T>(column: CsvColumn, parse: (text: string) => CellValue<T>): Result<T | undefined> => {
    const text = cells[column];
    if (text === undefined || text === '') return { ok: true, value: undefined };

    const value = parse(text);
    if (value.ok) return value;
    return fail(`Column "${headerName(column, layout)}": expected ${value.error}, found ${quote(text)}.`);
  };

  const title = cells.title ?? '';
  if (title.trim() === '') return fail(`Column "${headerName('title', layout)}" is empty; every paper needs a title.`);

  const date = read('date', parseDate);
  if (!date.ok) return date;
  const score = read('score', parseScore);
  if (!score.ok) return score;
  const citations = read('citations', parseCitations);
  if (!citations.ok) return citations;
  const hasCode = read('hasCode', parseHasCode);
  if (!hasCode.ok) return hasCode;
  const arxiv = read('arxivId', parseArxivId);
  if (!arxiv.ok) return arxiv;
  const doi = read('doi', parseDoi);
  if (!doi.ok) return doi;

  const codeUrl = nonEmpty(cells.codeUrl);
  const fullAuthors = splitList(cells.fullAuthors ?? '');
  const draft: PaperDraft = {
    title,
    ...parseAuthors(cells.authors ?? ''),
    affiliations: splitList(cells.affiliations ?? ''),
    hasCode: hasCode.value ?? codeUrl !== undefined,
  };

  if (fullAuthors.length > 0) draft.fullAuthors = fullAuthors;
  setIfDefined(draft, 'category', nonEmpty(cells.category));
  if (date.value !== undefined) Object.assign(draft, date.value);
  setIfDefined(draft, 'score', score.value);
  setIfDefined(draft, 'codeUrl', codeUrl);
  if (arxiv.value !== undefined) {
    Object.assign(draft, arxiv.value);
    draft.arxivUrl = `https://arxiv.org/abs/${arxiv.value.arxivId}`;
  }
  setIfDefined(draft, 'doi', doi.value);
  setIfDefined(draft, 'venue', nonEmpty(cells.venue));
  setIfDefined(draft, 'citations', citations.value);
  setIfDefined(draft, 'abstract', nonEmpty(cells.abstract));

  return { ok: true, value: draft };
}

/** Sets only defined values, so that a paper has no keys for the fields its row leaves empty. */
function setIfDefined<K extends keyof PaperDraft>(draft: PaperDraft, key: K, value: PaperDraft[K] | undefined): void {
  if (value !== undefined) draft[key] = value;
}

function nonEmpty(text: string | undefined): string | undefined {
  return text === undefined || text.trim() === '' ? undefined : text;
}

function headerName(column: CsvColumn, layout: ColumnLayout): string {
  const index = layout.cellIndex[column];

  return index === undefined ? column : (layout.headerNames[index] ?? column);
}

function quote(text: string): string {
  const shortened = text.length > MAX_QUOTED_LENGTH ? `${text.slice(0, MAX_QUOTED_LENGTH - 1)}…` : text;

  return `"${shortened}"`;
}

function fail<T>(reason: string): Result<T> {
  return { ok: false, error: reason };
}
