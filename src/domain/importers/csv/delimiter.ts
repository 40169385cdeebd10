import Papa from 'papaparse';

import { columnForHeaderName } from './columns';
import type { CsvDelimiter } from './csv-rows';

export interface DelimiterChoice {
  delimiter: CsvDelimiter;
  /** True when the first line is a spreadsheet's `sep=;` hint, which is not the header row. */
  hasSeparatorLine: boolean;
}

/** Candidates in order of preference when the header reads the same with several. */
const CANDIDATES: readonly CsvDelimiter[] = [',', ';', '\t'];
const SEPARATOR_LINE = /^sep=([,;\t])(?:\r\n|\n|\r|$)/i;
/** The header row is looked for in this many leading characters, so that detection stays cheap on huge inputs. */
const HEADER_SAMPLE_LENGTH = 64 * 1024;

/**
 * Chooses the delimiter under which the header row names the most known columns: a comma unless a semicolon or a tab
 * reads better, as spreadsheets set to many languages write semicolons. A leading `sep=;` line decides by itself.
 */
export function detectDelimiter(text: string): DelimiterChoice {
  const hint = SEPARATOR_LINE.exec(text);
  if (hint) return { delimiter: hint[1] as CsvDelimiter, hasSeparatorLine: true };

  const sample = text.slice(0, HEADER_SAMPLE_LENGTH);
  let best: CsvDelimiter = ',';
  let bestCount = -1;

  for (const delimiter of CANDIDATES) {
    const count = knownColumnCount(sample, delimiter);
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }

  return { delimiter: best, hasSeparatorLine: false };
}

/** The header row is the first row with any text, so blank lines before it are looked past. */
const ROWS_TO_SEARCH_FOR_HEADER = 20;

function knownColumnCount(sample: string, delimiter: CsvDelimiter): number {
  const rows = Papa.parse<string[]>(sample, { delimiter, preview: ROWS_TO_SEARCH_FOR_HEADER }).data;
  const headerRow = rows.find((row) => row.some((cell) => cell.trim() !== '')) ?? [];

  return headerRow.filter((name) => columnForHeaderName(name.trim()) !== undefined).length;
}
