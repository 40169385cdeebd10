import Papa from 'papaparse';

import { CSV_COLUMN_HEADERS, CSV_COLUMNS, type CsvColumn } from '../importers/csv/columns';
import { TEXT_TO_NEUTRALISE } from '../importers/csv/spreadsheet-formula';
import type { Paper, Profile } from '../model';

/** A cell to write: text is quoted and neutralised as needed, a number is written as it is. */
export type CsvCell = string | number | undefined;

/** RFC 4180 ends records with CRLF, as Excel does. */
const RECORD_END = '\r\n';

/**
 * Writes papers as CSV with a header row, in the columns `importCsv` reads, so that a file exported here imports back
 * to the same papers. The profile is not written, because CSV has one row per paper and no place for it.
 *
 * NOTE: some paper data has no column and is derived again or lost on import: the id and `sourceIndex`, an arXiv URL
 * other than https://arxiv.org/abs/<id>, `citationsByYear`, empty `fullAuthors` and `abstract`, a version without an
 * arXiv id, a missing `datePrecision` (read back as day), and white space around text that is not neutralised. Lists
 * are joined with `; `, so a name containing `;`, or a lone author's name containing " and ", comes back split.
 */
export function exportCsv(papers: readonly Paper[], _profile: Profile): string {
  const header = CSV_COLUMNS.map((column) => CSV_COLUMN_HEADERS[column]);

  return writeCsvRows([header, ...papers.map(paperCells)]);
}

/**
 * Writes rows with comma delimiters and CRLF record ends, quoting a cell that contains a comma, a double quote, a
 * line break or surrounding spaces (RFC 4180). Text that a spreadsheet would run as a formula gets a leading `'`
 * (see `spreadsheet-formula.ts`), while numbers, negative ones included, stay plain numbers.
 */
export function writeCsvRows(rows: readonly (readonly CsvCell[])[]): string {
  const body = Papa.unparse(
    rows.map((row) => [...row]),
    { delimiter: ',', newline: RECORD_END, escapeFormulae: TEXT_TO_NEUTRALISE },
  );

  return rows.length === 0 ? '' : `${body}${RECORD_END}`;
}

function paperCells(paper: Paper): CsvCell[] {
  const cells: Record<CsvColumn, CsvCell> = {
    title: paper.title,
    authors: [...paper.authors, ...(paper.authorsTruncated ? ['et al.'] : [])].join('; '),
    date: dateCell(paper),
    category: paper.category,
    score: paper.score,
    codeUrl: paper.codeUrl,
    arxivId: paper.arxivId === undefined ? undefined : `${paper.arxivId}${paper.arxivVersion ?? ''}`,
    citations: paper.citations,
    abstract: paper.abstract,
    doi: paper.doi,
    venue: paper.venue,
    hasCode: paper.hasCode ? 'yes' : 'no',
    affiliations: paper.affiliations.join('; '),
    fullAuthors: paper.fullAuthors?.join('; '),
  };

  return CSV_COLUMNS.map((column) => cells[column]);
}

/** Writes the date only to the precision the source gave: `2024`, `2024-05` or `2024-05-03`. */
function dateCell({ published, datePrecision }: Paper): string | undefined {
  if (published === undefined) return undefined;
  if (datePrecision === 'year') return published.slice(0, 4);
  if (datePrecision === 'month') return published.slice(0, 7);
  return published;
}
