import type { ImportWarning, Paper, Profile, Result, SourceFormat } from '../model';

/** A record the importer could not read and left out, with where it was and why. */
export interface SkippedRecord {
  /** Where the record is in the input, in the format's own terms: "line 12", "entry smith2020", "record 4". */
  location: string;
  reason: string;
}

/** What an importer read from one input. */
export interface ParsedImport {
  format: SourceFormat;
  /** The researcher the input describes, when the format names one (profile text, Pubscope JSON). */
  profile?: Profile;
  /** Papers in input order, with `sourceIndex` counting from 0. */
  papers: Paper[];
  /** Bad records left out; the person decides whether to import the rest. */
  skipped: SkippedRecord[];
  warnings: ImportWarning[];
}

/**
 * The outcome of an importer. A failure means nothing usable was read; its message names the place
 * in the input (line and column, entry key or record number, counted from 1) and what is wrong.
 */
export type ImportResult = Result<ParsedImport>;

/** Limits every importer enforces, so that a huge or hostile input ends in a message instead of a frozen page. */
export interface ImportLimits {
  maxInputBytes: number;
  maxPapers: number;
  /** Longest accepted value of one field, in characters. */
  maxFieldLength: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxInputBytes: 200 * 1024 * 1024,
  maxPapers: 1_000_000,
  maxFieldLength: 100_000,
};

export interface ImporterOptions {
  fileName?: string;
  limits?: ImportLimits;
  /** Called now and then with the share of the input read so far, from 0 to 1. */
  onProgress?: (fraction: number) => void;
}

export type Importer = (text: string, options?: ImporterOptions) => ImportResult;
