/**
 * Spreadsheets run a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return as a formula (CSV
 * injection). The exporter neutralises such text by putting a single quote `'` before it, as OWASP recommends, and
 * the importer removes that quote again.
 *
 * Text may already start with quotes before such a character (`'=x`). So that it survives the round trip, the
 * exporter prefixes any text that matches after a run of leading quotes. The importer removes exactly one quote from a
 * cell of one or more quotes followed by such a character: `=x` ⇄ `'=x`, `'=x` ⇄ `''=x`. A cell with a leading quote
 * before anything else, such as `'Tis`, is read as written.
 */
export const TEXT_TO_NEUTRALISE = /^'*[=+\-@\t\r]/;

const NEUTRALISED_TEXT = /^'+[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return TEXT_TO_NEUTRALISE.test(text) ? `'${text}` : text;
}

/** Returns the text a neutralised cell stands for, or undefined when the cell was not neutralised. */
export function restoreNeutralisedText(cell: string): string | undefined {
  return NEUTRALISED_TEXT.test(cell) ? cell.slice(1) : undefined;
}
