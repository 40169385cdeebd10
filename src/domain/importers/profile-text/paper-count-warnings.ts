import type { ImportWarning } from '../../model';

export interface PaperCountLine {
  line: number;
  count: number;
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

/**
 * Warns when the text has no papers and no paper count, which is what a copy cut off after the header looks like.
 * A header that states a count is covered by `paperCountWarnings`, and a count of 0 needs no warning.
 */
export function missingPapersWarnings(
  countLines: PaperCountLine[],
  papersFound: number,
  lastLine: number,
): ImportWarning[] {
  if (papersFound > 0 || countLines.length > 0) return [];

  return [
    {
      line: lastLine,
      message:
        'No papers found, because the text ends after the profile header. ' +
        'Check that the copy contains the whole page.',
    },
  ];
}

function formatPaperCount(count: number): string {
  return count === 1 ? '1 paper' : `${count} papers`;
}
