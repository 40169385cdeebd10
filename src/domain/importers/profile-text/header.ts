import type { ImportWarning, Profile, ReportedFigures } from '../../model';
import { formatIsoDate, type CalendarDate } from './calendar-date';
import {
  CATEGORY_LINE,
  FIGURE_FORMATS,
  isHeaderFigureLine,
  PAPER_COUNT_LINE,
  readFigureValue,
  type FigureFormat,
} from './header-figures';
import { classifyMetaLine } from './meta-line';
import type { PaperCountLine } from './paper-count-warnings';
import type { ParseContext, SourceLine } from './parse-context';
import { expectedError, quote } from './profile-text-error';

const EXPECTED_HEADER_LINE =
  'a header figure (such as "h-index41"), the paper count (such as "19 Papers") ' +
  'or a paper\'s category and date (such as "LGMar 26, 2025")';

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

function readHeaderLine(header: ProfileHeader, line: SourceLine): void {
  if (CATEGORY_LINE.test(line.text)) {
    readCategoryLine(header, line);
    return;
  }

  const paperCount = PAPER_COUNT_LINE.exec(line.text);
  if (paperCount) {
    const count = readFigureValue(paperCount[1]!, 'paper count', line);
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
  const value = readFigureValue(format.pattern.exec(line.text)![1]!, format.label, line, format.maximum);

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

export function buildProfile(header: ProfileHeader, capturedOn: CalendarDate): Profile {
  return {
    name: header.name,
    ...(header.primaryCategory !== undefined && { primaryCategory: header.primaryCategory }),
    reported: header.reported,
    capturedOn: formatIsoDate(capturedOn),
  };
}
