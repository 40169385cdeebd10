import type { ImportWarning, Profile, ReportedFigures } from '../../model';
import { formatIsoDate, type CalendarDate } from './calendar-date';
import { CATEGORY_PATTERN, classifyMetaLine } from './meta-line';
import type { ParseContext, SourceLine } from './parse-context';
import { expectedError, ProfileTextError, quote } from './profile-text-error';

const CATEGORY_LINE = new RegExp(`^(?:${CATEGORY_PATTERN})$`);

/** A whole number, optionally grouped in thousands by commas or spaces (`1,430`, `1 430`). */
const COUNT_PATTERN = String.raw`(\d{1,3}(?:[, ]\d{3})+|\d+)`;
const PAPER_COUNT_LINE = new RegExp(`^${COUNT_PATTERN} *papers?$`, 'i');

type FigureName = Exclude<keyof ReportedFigures, 'paperCount'>;

interface FigureFormat {
  name: FigureName;
  label: string;
  pattern: RegExp;
  maximum?: number;
}

const FIGURE_FORMATS: FigureFormat[] = [
  { name: 'hIndex', label: 'h-index', pattern: /^h-index *(\d+)$/i },
  { name: 'citations', label: 'citation count', pattern: new RegExp(`^${COUNT_PATTERN} *citations?$`, 'i') },
  { name: 'noveltyPercent', label: 'novelty', pattern: /^novelty *(\d+(?:\.\d+)?) *%$/i, maximum: 100 },
  { name: 'aiScore', label: 'AI score', pattern: /^ai score *(\d+(?:\.\d+)?)$/i, maximum: 100 },
];

const EXPECTED_HEADER_LINE =
  'a header figure (such as "h-index41"), the paper count (such as "19 Papers") ' +
  'or a paper\'s category and date (such as "LGMar 26, 2025")';

export interface PaperCountLine {
  line: number;
  count: number;
}

export interface ProfileHeader {
  name: string;
  primaryCategory?: string;
  reported: ReportedFigures;
  /** Every header line that states a paper count: the `19papers` figure and the `19 Papers` list heading. */
  paperCountLines: PaperCountLine[];
  warnings: ImportWarning[];
  /** Index into the content lines of the first paper's category-and-date line, or their length when none. */
  firstPaperIndex: number;
}

export function parseHeader(context: ParseContext): ProfileHeader {
  const { lines, capturedOn } = context;
  const nameLine = readNameLine(context);
  const header: ProfileHeader = {
    name: nameLine.text,
    reported: {},
    paperCountLines: [],
    warnings: [],
    firstPaperIndex: lines.length,
  };

  if (lines.length === 1) {
    throw expectedError(
      nameLine.number + 1,
      'the researcher\'s category code (such as "LG"), a header figure (such as "h-index41") or the first paper',
      'the end of the text',
    );
  }

  for (let index = 1; index < lines.length; index++) {
    const line = lines[index]!;

    if (classifyMetaLine(line.text, capturedOn).kind !== 'other') {
      header.firstPaperIndex = index;
      break;
    }

    readHeaderLine(header, line);
  }

  return header;
}

function readNameLine({ lines, capturedOn }: ParseContext): SourceLine {
  const nameLine = lines[0];

  if (!nameLine) throw expectedError(1, "the researcher's name", 'an empty text');

  if (isHeaderFigureLine(nameLine.text) || classifyMetaLine(nameLine.text, capturedOn).kind !== 'other') {
    throw expectedError(nameLine.number, "the researcher's name", quote(nameLine.text));
  }

  return nameLine;
}

function isHeaderFigureLine(text: string): boolean {
  return (
    CATEGORY_LINE.test(text) ||
    PAPER_COUNT_LINE.test(text) ||
    FIGURE_FORMATS.some((format) => format.pattern.test(text))
  );
}

function readHeaderLine(header: ProfileHeader, line: SourceLine): void {
  if (CATEGORY_LINE.test(line.text)) {
    readCategoryLine(header, line);
    return;
  }

  const paperCount = PAPER_COUNT_LINE.exec(line.text);
  if (paperCount) {
    const count = parseCount(paperCount[1]!);
    header.paperCountLines.push({ line: line.number, count });
    header.reported.paperCount ??= count;
    return;
  }

  const format = FIGURE_FORMATS.find((candidate) => candidate.pattern.test(line.text));
  if (format) {
    readFigureLine(header, line, format);
    return;
  }

  throw expectedError(line.number, EXPECTED_HEADER_LINE, quote(line.text));
}

function readCategoryLine(header: ProfileHeader, line: SourceLine): void {
  if (header.primaryCategory !== undefined) {
    header.warnings.push(repeatedHeaderLineWarning(line, 'category code', header.primaryCategory));
    return;
  }

  header.primaryCategory = line.text;
}

function readFigureLine(header: ProfileHeader, line: SourceLine, format: FigureFormat): void {
  const value = parseCount(format.pattern.exec(line.text)![1]!);

  if (format.maximum !== undefined && value > format.maximum) {
    throw new ProfileTextError(
      `Line ${line.number}: the ${format.label} ${value} in ${quote(line.text)} is over ${format.maximum}, ` +
        `which is the largest possible value.`,
    );
  }

  const earlier = header.reported[format.name];
  if (earlier !== undefined) {
    header.warnings.push(repeatedHeaderLineWarning(line, format.label, String(earlier)));
    return;
  }

  header.reported[format.name] = value;
}

function repeatedHeaderLineWarning(line: SourceLine, label: string, keptValue: string): ImportWarning {
  return {
    line: line.number,
    message:
      `The header gives the ${label} more than once. ` +
      `The first value, ${keptValue}, is kept and ${quote(line.text)} is ignored.`,
  };
}

function parseCount(text: string): number {
  return Number(text.replace(/[, ]/g, ''));
}

export function buildProfile(header: ProfileHeader, capturedOn: CalendarDate): Profile {
  return {
    name: header.name,
    ...(header.primaryCategory !== undefined && { primaryCategory: header.primaryCategory }),
    reported: header.reported,
    capturedOn: formatIsoDate(capturedOn),
  };
}

export function paperCountWarnings(countLines: PaperCountLine[], papersFound: number): ImportWarning[] {
  const warnedCounts = new Set<number>();
  const warnings: ImportWarning[] = [];

  for (const { line, count } of countLines) {
    if (count === papersFound || warnedCounts.has(count)) continue;

    warnedCounts.add(count);
    warnings.push({
      line,
      message:
        `The header reports ${formatPaperCount(count)}, but the text lists ${formatPaperCount(papersFound)}. ` +
        'Check that the copy contains the whole page.',
    });
  }

  return warnings;
}

function formatPaperCount(count: number): string {
  return count === 1 ? '1 paper' : `${count} papers`;
}
