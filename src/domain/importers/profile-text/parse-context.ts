import type { CalendarDate } from './calendar-date';

export interface SourceLine {
  /** 1-based line number in the original text, counting blank lines. */
  number: number;
  text: string;
}

/** The content lines and the capture date that yearless dates are read against. */
export interface ParseContext {
  lines: SourceLine[];
  capturedOn: CalendarDate;
}
