import type { ImportWarning, Result } from '../../model';
import { CSV_COLUMN_HEADERS, CSV_COLUMNS, columnForHeaderName, type CsvColumn } from './columns';

/** Positions of the known columns in each row, as read from the header row. */
export interface ColumnLayout {
  /** 0-based cell index of each column the header names. */
  cellIndex: Partial<Record<CsvColumn, number>>;
  /** Header cells as the file writes them, which messages about a column quote. */
  headerNames: string[];
  /** 0-based indexes of header cells left blank. Values found under them are reported once. */
  unnamedCells: number[];
  warnings: ImportWarning[];
}

const MAX_LISTED_COLUMNS = 10;

/**
 * Maps header cells to columns. Names compare without regard to case, spaces, underscores and hyphens. Unknown
 * and repeated names are ignored with a warning, and a header without a title column fails, naming its line.
 */
export function readHeaderRow(cells: readonly string[], line: number): Result<ColumnLayout> {
  const headerNames = cells.map((cell) => cell.trim());
  const layout: ColumnLayout = { cellIndex: {}, headerNames, unnamedCells: [], warnings: [] };
  const unknownNames: string[] = [];
  const repeatedNames: string[] = [];

  headerNames.forEach((name, index) => {
    const column = columnForHeaderName(name);

    if (name === '') layout.unnamedCells.push(index);
    else if (column === undefined) unknownNames.push(name);
    else if (layout.cellIndex[column] !== undefined) repeatedNames.push(name);
    else layout.cellIndex[column] = index;
  });

  if (layout.cellIndex.title === undefined) return { ok: false, error: missingTitleMessage(headerNames, line) };

  if (unknownNames.length > 0) {
    layout.warnings.push({
      line,
      message: `Unknown columns ignored: ${listNames(unknownNames)}. Known columns are ${CSV_COLUMNS.map((column) => CSV_COLUMN_HEADERS[column]).join(', ')}.`,
    });
  }
  if (repeatedNames.length > 0) {
    layout.warnings.push({
      line,
      message: `Repeated columns ignored: ${listNames(repeatedNames)}. Only the first column of each name is read.`,
    });
  }

  return { ok: true, value: layout };
}

function missingTitleMessage(headerNames: readonly string[], line: number): string {
  const named = headerNames.filter((name) => name !== '');
  const found = named.length > 0 ? `the columns ${listNames(named)}` : 'no column names';

  return `Line ${line}: expected a header row with a "title" column, found ${found}. The first row of the file must name the columns, such as "title,authors,date".`;
}

function listNames(names: readonly string[]): string {
  const listed = names.slice(0, MAX_LISTED_COLUMNS).map((name) => `"${name}"`);
  const more = names.length - listed.length;

  return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(', ');
}
