import type { ReportedFigures } from '../../model';
import { CATEGORY_PATTERN } from './meta-line';
import type { SourceLine } from './parse-context';
import { excerpt, ProfileTextError, quote } from './profile-text-error';

export const CATEGORY_LINE = new RegExp(`^(?:${CATEGORY_PATTERN})$`);

/** A whole number, optionally grouped in thousands by commas or spaces (`1,430`, `1 430`). */
const COUNT_PATTERN = String.raw`(\d{1,3}(?:[, ]\d{3})+|\d+)`;
export const PAPER_COUNT_LINE = new RegExp(`^${COUNT_PATTERN} *papers?$`, 'i');

type FigureName = Exclude<keyof ReportedFigures, 'paperCount'>;

export interface FigureFormat {
  name: FigureName;
  label: string;
  pattern: RegExp;
  maximum?: number;
}

export const FIGURE_FORMATS: FigureFormat[] = [
  { name: 'hIndex', label: 'h-index', pattern: /^h-index *(\d+)$/i },
  { name: 'citations', label: 'citation count', pattern: new RegExp(`^${COUNT_PATTERN} *citations?$`, 'i') },
  { name: 'noveltyPercent', label: 'novelty', pattern: /^novelty *(\d+(?:\.\d+)?) *%$/i, maximum: 100 },
  { name: 'aiScore', label: 'AI score', pattern: /^ai score *(\d+(?:\.\d+)?)$/i, maximum: 100 },
];

/** Maximum characters of a figure copied into a message. */
const MAX_QUOTED_FIGURE_LENGTH = 24;

export function isHeaderFigureLine(text: string): boolean {
  return (
    CATEGORY_LINE.test(text) ||
    PAPER_COUNT_LINE.test(text) ||
    FIGURE_FORMATS.some((format) => format.pattern.test(text))
  );
}

/**
 * Reads a figure written as on `line`, such as `1,430`. Throws a ProfileTextError when the figure is over `maximum`
 * or over `Number.MAX_SAFE_INTEGER`, above which a count would be silently rounded.
 */
export function readFigureValue(written: string, label: string, line: SourceLine, maximum?: number): number {
  const value = Number(written.replace(/[, ]/g, ''));
  const shownFigure = excerpt(written, MAX_QUOTED_FIGURE_LENGTH);

  if (maximum !== undefined && value > maximum) {
    throw new ProfileTextError(
      `Line ${line.number}: the ${label} ${shownFigure} in ${quote(line.text)} is over ${maximum}, ` +
        `which is the largest possible value.`,
    );
  }

  if (value > Number.MAX_SAFE_INTEGER) {
    throw new ProfileTextError(
      `Line ${line.number}: the ${label} ${shownFigure} is too large to read exactly, ` +
        `because it is over ${Number.MAX_SAFE_INTEGER}. Check the line for extra digits.`,
    );
  }

  return value;
}
