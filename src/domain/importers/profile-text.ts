import { fail, ok, type ImportWarning, type Paper, type Profile, type Result } from '../model';
import { formatLocalDate, parseIsoDate, type CalendarDate } from './profile-text/calendar-date';
import { buildProfile, parseHeader } from './profile-text/header';
import { missingPapersWarnings, paperCountWarnings } from './profile-text/paper-count-warnings';
import { parsePapers } from './profile-text/paper-lines';
import type { SourceLine } from './profile-text/parse-context';
import { ProfileTextError } from './profile-text/profile-text-error';
import { assignUniqueIds } from './profile-text/unique-paper-ids';

/** Everything read from one copied profile page. */
export interface ProfileTextImport {
  profile: Profile;
  papers: Paper[];
  warnings: ImportWarning[];
}

export interface ProfileTextOptions {
  /** ISO date (yyyy-mm-dd) the page was copied, which yearless dates are read against. Default: today, local time. */
  capturedOn?: string;
  /** Clock for the default capture date, so that tests can fix "today". */
  now?: Date;
}

/**
 * Parses the text a person gets by selecting all and copying a researcher's profile page on a paper-scoring site.
 *
 * The text is a header (name, category code, figures such as `h-index41`, a `19 Papers` line) followed by papers.
 * Each paper is a category-and-date line such as `48.4CLJun 3` or `LGMar 26, 2025Code`, a title line, an authors
 * line and an optional abstract line. Line endings, blank lines and non-breaking spaces may vary. The result is the
 * whole import or the reason, naming the 1-based line, why there is none.
 */
export function parseProfileText(text: string, options: ProfileTextOptions = {}): Result<ProfileTextImport> {
  try {
    return ok(parseOrThrow(text, options));
  } catch (error) {
    if (error instanceof ProfileTextError) return fail(error.message);
    throw error;
  }
}

function parseOrThrow(text: string, options: ProfileTextOptions): ProfileTextImport {
  const capturedOn = resolveCaptureDate(options);
  const context = { lines: readContentLines(text), capturedOn };

  const header = parseHeader(context);
  const { papers: parsedPapers, warnings: dateWarnings } = parsePapers(context, header.firstPaperIndex);
  const { papers, warnings: duplicateWarnings } = assignUniqueIds(parsedPapers);
  const lastLine = context.lines.at(-1)!.number;

  return {
    profile: buildProfile(header, capturedOn),
    papers,
    warnings: [
      ...header.warnings,
      ...paperCountWarnings(header.paperCountLines, papers.length),
      ...missingPapersWarnings(header.paperCountLines, papers.length, lastLine),
      ...dateWarnings,
      ...duplicateWarnings,
    ],
  };
}

/** Runs of no-break, figure, thin and narrow no-break spaces. */
const SPACE_LIKE_RUN = /[\u00A0\u2007\u2009\u202F]+/g;
const BYTE_ORDER_MARK = /\uFEFF/g;
/** CRLF, CR, LF, next line (NEL), line separator and paragraph separator. */
const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/;

/** Splits the text into trimmed, non-blank lines that keep their original line numbers. */
function readContentLines(text: string): SourceLine[] {
  return text
    .split(LINE_BREAK)
    .map((rawLine, index) => ({ number: index + 1, text: normalizeSpaces(rawLine).trim() }))
    .filter((line) => line.text !== '');
}

/** Replaces each space-like character by a space. Matching whole runs keeps a megabyte of them fast. */
function normalizeSpaces(text: string): string {
  return text.replace(BYTE_ORDER_MARK, '').replace(SPACE_LIKE_RUN, (run) => ' '.repeat(run.length));
}

function resolveCaptureDate(options: ProfileTextOptions): CalendarDate {
  const isoDate = options.capturedOn ?? formatLocalDate(options.now ?? new Date());
  const capturedOn = parseIsoDate(isoDate);

  if (!capturedOn) {
    throw new ProfileTextError(
      `The capture date "${isoDate}" is not a valid date. Write it as yyyy-mm-dd, such as "2026-12-04".`,
    );
  }

  return capturedOn;
}
