import type { ImportWarning, Paper } from '../../model';
import type { ParsedPaper } from './paper-lines';
import { quote } from './profile-text-error';

/**
 * Keeps papers that share a title and year apart by suffixing `-2`, `-3` … to the later ids, so ids stay unique and
 * stable as long as the source order stays the same.
 */
export function assignUniqueIds(parsedPapers: ParsedPaper[]): { papers: Paper[]; warnings: ImportWarning[] } {
  const firstTitleLineById = new Map<string, number>();
  const occurrencesById = new Map<string, number>();
  const warnings: ImportWarning[] = [];

  const papers = parsedPapers.map(({ paper, titleLine }) => {
    const occurrences = (occurrencesById.get(paper.id) ?? 0) + 1;
    occurrencesById.set(paper.id, occurrences);

    const firstTitleLine = firstTitleLineById.get(paper.id);
    if (firstTitleLine === undefined) {
      firstTitleLineById.set(paper.id, titleLine);
      return paper;
    }

    warnings.push({
      line: titleLine,
      message: `The paper ${quote(paper.title)} appears again (first on line ${firstTitleLine}). Both copies are kept.`,
    });
    return { ...paper, id: `${paper.id}-${occurrences}` };
  });

  return { papers, warnings };
}
