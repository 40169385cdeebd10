import Papa from 'papaparse';

export type CsvDelimiter = ',' | ';' | '\t';

/** A place in the text. Both parts count from 1, and a column counts characters. */
export interface TextPosition {
  line: number;
  column: number;
}

export interface CsvRow {
  cells: string[];
  /** Line where the row starts. A quoted line break makes a row span more than one line. */
  line: number;
  /** Start of a quoted field with text after its closing quote, which makes the row's values unreliable. */
  malformedQuote?: TextPosition;
}

export interface CsvReadOutcome {
  /** Start of a quoted field whose closing quote is missing, so that the rest of the text became one field. */
  unclosedQuote?: TextPosition;
}

/** Receives each row in order, with the offset where it ends. Returning false stops the reading. */
export type CsvRowHandler = (row: CsvRow, rowEnd: number) => boolean;

/**
 * Reads `text` row by row with papaparse and reports the line where each row starts, which papaparse does not. The
 * offset where a row ends (`meta.cursor`) is where the next one starts, and the line breaks before it are counted.
 */
export function readCsvRows(text: string, delimiter: CsvDelimiter, onRow: CsvRowHandler): CsvReadOutcome {
  const positions = new PositionCounter(text);
  const outcome: CsvReadOutcome = {};
  let rowStart = 0;

  Papa.parse<string[]>(text, {
    delimiter,
    header: false,
    skipEmptyLines: false,
    step: (results, parser) => {
      const start = positions.positionOf(rowStart);
      const errorOffsets = quoteErrorOffsets(results.errors, rowStart);
      rowStart = results.meta.cursor;

      if (errorOffsets.unclosed !== undefined) {
        outcome.unclosedQuote = positions.positionOf(errorOffsets.unclosed);
        parser.abort();
        return;
      }

      const row: CsvRow = { cells: results.data, line: start.line };
      if (errorOffsets.malformed !== undefined) row.malformedQuote = positions.positionOf(errorOffsets.malformed);
      if (!onRow(row, rowStart)) parser.abort();
    },
  });

  return outcome;
}

/** Finds the opening quotes of fields papaparse could not close cleanly. Its error `index` points just after the quote. */
function quoteErrorOffsets(errors: readonly Papa.ParseError[], rowStart: number): { unclosed?: number; malformed?: number } {
  const openingQuoteOf = (error: Papa.ParseError | undefined) =>
    error === undefined ? undefined : Math.max(rowStart, (error.index ?? rowStart + 1) - 1);

  return {
    unclosed: openingQuoteOf(errors.find((error) => error.code === 'MissingQuotes')),
    malformed: openingQuoteOf(errors.find((error) => error.code === 'InvalidQuotes')),
  };
}

/**
 * Turns offsets into lines and columns, scanning the text once as long as offsets come in increasing order.
 * `\r\n`, `\n` and a lone `\r` each end a line, as text editors count them.
 */
class PositionCounter {
  private offset = 0;
  private line = 1;
  private lineStart = 0;

  constructor(private readonly text: string) {}

  positionOf(target: number): TextPosition {
    for (; this.offset < target; this.offset++) {
      const character = this.text[this.offset];
      const endsLine = character === '\n' || (character === '\r' && this.text[this.offset + 1] !== '\n');

      if (endsLine) {
        this.line++;
        this.lineStart = this.offset + 1;
      }
    }

    return { line: this.line, column: target - this.lineStart + 1 };
  }
}
