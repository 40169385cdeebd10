import type { ImportWarning, Paper } from '../../model';
import { paperIdFromTitle } from '../../paper-id';
import { parseAuthorsLine, looksLikeAuthorsLine, type AuthorsLine } from './authors-line';
import { formatIsoDate } from './calendar-date';
import { classifyMetaLine, looksLikeMetaLine, type PaperMeta } from './meta-line';
import type { ParseContext, SourceLine } from './parse-context';
import { expectedError, quote } from './profile-text-error';

const EXPECTED_META_LINE = 'a paper\'s category and date (such as "LGMar 26, 2025")';
const EXAMPLE_AUTHORS = '"Alex Moreau, Wei Zhang et al."';

export interface ParsedPaper {
  paper: Paper;
  titleLine: number;
}

export function parsePapers(
  context: ParseContext,
  firstPaperIndex: number,
): { papers: ParsedPaper[]; warnings: ImportWarning[] } {
  const papers: ParsedPaper[] = [];
  const warnings: ImportWarning[] = [];
  let index = firstPaperIndex;

  while (index < context.lines.length) {
    const { paper, nextIndex, warning } = parsePaper(context, index, papers.length);
    papers.push(paper);
    if (warning) warnings.push(warning);
    index = nextIndex;
  }

  return { papers, warnings };
}

/** Reads the paper whose category-and-date line is at `index`. `nextIndex` is the index after the paper's last line. */
function parsePaper(
  context: ParseContext,
  index: number,
  sourceIndex: number,
): { paper: ParsedPaper; nextIndex: number; warning?: ImportWarning } {
  const meta = readMetaLine(context, index);
  const titleLine = readTitleLine(context, index + 1);
  const authorsLine = readAuthorsLine(context, index + 2);
  const abstractLine = findAbstractLine(context, index + 3);

  const paper = buildPaper(meta, titleLine.text, parseAuthorsLine(authorsLine.text), abstractLine?.text, sourceIndex);
  const nextIndex = index + (abstractLine ? 4 : 3);
  const warning = futureDateWarning(context, index, meta);

  return { paper: { paper, titleLine: titleLine.number }, nextIndex, ...(warning && { warning }) };
}

function readMetaLine({ lines, capturedOn }: ParseContext, index: number): PaperMeta {
  const line = lines[index]!;
  const metaLine = classifyMetaLine(line.text, capturedOn);

  if (metaLine.kind === 'malformed') {
    throw expectedError(line.number, EXPECTED_META_LINE, quote(line.text), metaLine.reason);
  }

  if (metaLine.kind === 'other') throw expectedError(line.number, EXPECTED_META_LINE, quote(line.text));

  return metaLine.meta;
}

function readTitleLine({ lines, capturedOn }: ParseContext, index: number): SourceLine {
  const metaLine = lines[index - 1]!;
  const titleLine = lines[index];

  if (!titleLine) {
    throw expectedError(metaLine.number, `a title after ${quote(metaLine.text)}`, 'the end of the text');
  }

  // NOTE: a title that is itself a valid category-and-date line is read as a missing title.
  if (classifyMetaLine(titleLine.text, capturedOn).kind === 'meta') {
    throw expectedError(
      titleLine.number,
      `the title of the paper on line ${metaLine.number}`,
      `another category and date line, ${quote(titleLine.text)}`,
    );
  }

  return titleLine;
}

function readAuthorsLine({ lines, capturedOn }: ParseContext, index: number): SourceLine {
  const titleLine = lines[index - 1]!;
  const authorsLine = lines[index];
  const expected = `the authors of ${quote(titleLine.text)}, such as ${EXAMPLE_AUTHORS}`;

  if (!authorsLine) throw expectedError(titleLine.number, expected, 'the end of the text');

  if (classifyMetaLine(authorsLine.text, capturedOn).kind !== 'other') {
    throw expectedError(authorsLine.number, expected, `a category and date line, ${quote(authorsLine.text)}`);
  }

  if (!looksLikeAuthorsLine(authorsLine.text)) {
    throw expectedError(authorsLine.number, expected, quote(authorsLine.text));
  }

  return authorsLine;
}

/**
 * Returns the abstract line at `index`, or undefined when the paper has none and the line starts the next paper.
 *
 * A paper's own category-and-date line is always followed by a title, so a line followed by a valid category-and-date
 * line is the abstract, whatever its shape. Any other line shaped like a category-and-date line starts the next
 * paper, and is reported with the reason when its score or date is impossible.
 */
function findAbstractLine({ lines, capturedOn }: ParseContext, index: number): SourceLine | undefined {
  const candidate = lines[index];
  if (!candidate) return undefined;

  const following = lines[index + 1];
  const followingClass = following && classifyMetaLine(following.text, capturedOn);
  if (followingClass?.kind === 'meta') return candidate;

  const candidateClass = classifyMetaLine(candidate.text, capturedOn);
  if (candidateClass.kind === 'meta') return undefined;

  if (candidateClass.kind === 'malformed') {
    throw expectedError(candidate.number, EXPECTED_META_LINE, quote(candidate.text), candidateClass.reason);
  }

  // Neither this line nor the next is a category-and-date line, so the text fails to parse either way. A short line
  // that starts like one is more likely the next paper's garbled first line than an abstract, so the error names it.
  if (followingClass?.kind === 'other' && looksLikeMetaLine(candidate.text)) {
    throw expectedError(candidate.number, EXPECTED_META_LINE, quote(candidate.text));
  }

  return candidate;
}

/**
 * Warns when the paper's date is after the capture date. Only a date with a year can be, because a yearless date is
 * read as the latest such day up to the capture date.
 */
function futureDateWarning(
  { lines, capturedOn }: ParseContext,
  index: number,
  meta: PaperMeta,
): ImportWarning | undefined {
  const capturedIso = formatIsoDate(capturedOn);
  if (meta.published.iso <= capturedIso) return undefined;

  return {
    line: lines[index]!.number,
    message:
      `The date ${meta.published.written} is after the capture date ${capturedIso}. ` +
      'Check the year on the profile page.',
  };
}

function buildPaper(
  meta: PaperMeta,
  title: string,
  authorsLine: AuthorsLine,
  abstract: string | undefined,
  sourceIndex: number,
): Paper {
  const year = Number(meta.published.iso.slice(0, 4));

  return {
    id: paperIdFromTitle(title, year),
    title,
    authors: authorsLine.authors,
    authorsTruncated: authorsLine.authorsTruncated,
    affiliations: authorsLine.affiliations,
    category: meta.category,
    published: meta.published.iso,
    datePrecision: meta.published.precision,
    ...(meta.score !== undefined && { score: meta.score }),
    hasCode: meta.hasCode,
    ...(abstract !== undefined && { abstract }),
    sourceIndex,
  };
}
