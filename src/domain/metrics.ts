import type { Paper, ReportedFigures } from './model';
import { formatCount } from './format';

/** What Pubscope computes from the papers it has, beside the figures the source reports. */
export interface RecordFigures {
  paperCount: number;
  withCodeCount: number;
  scoredCount: number;
  /** Sum of the scores of the scored papers; 0 when none is scored. */
  scoreSum: number;
  /** Mean score of the scored papers; undefined when none is scored. */
  meanScore?: number;
  /** Papers with a publication date; only these set the first and the latest year. */
  datedCount: number;
  firstYear?: number;
  latestYear?: number;
}

export function computeRecordFigures(papers: readonly Paper[]): RecordFigures {
  let withCodeCount = 0;
  let scoreSum = 0;
  let scoredCount = 0;
  let datedCount = 0;
  let firstYear: number | undefined;
  let latestYear: number | undefined;

  for (const paper of papers) {
    if (paper.hasCode) withCodeCount++;
    if (paper.score !== undefined) {
      scoredCount++;
      scoreSum += paper.score;
    }
    if (paper.published) {
      datedCount++;
      const year = Number(paper.published.slice(0, 4));
      firstYear = firstYear === undefined ? year : Math.min(firstYear, year);
      latestYear = latestYear === undefined ? year : Math.max(latestYear, year);
    }
  }

  return {
    paperCount: papers.length,
    withCodeCount,
    scoredCount,
    scoreSum,
    meanScore: scoredCount > 0 ? scoreSum / scoredCount : undefined,
    datedCount,
    firstYear,
    latestYear,
  };
}

function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/**
 * Explains, in one sentence, why the reported figures cannot all hold for the listed papers alone,
 * or returns undefined when they can. An h-index of h needs at least h papers with h citations each,
 * so at least h papers and h² citations.
 */
export function explainFigureMismatch(reported: ReportedFigures, listedPaperCount: number): string | undefined {
  const { hIndex, citations, paperCount } = reported;
  const hIndexNeeds: string[] = [];
  if (hIndex !== undefined && hIndex > listedPaperCount) {
    hIndexNeeds.push(`at least ${pluralize(hIndex, 'paper')} (only ${formatCount(listedPaperCount)} listed)`);
  }
  if (hIndex !== undefined && citations !== undefined && hIndex * hIndex > citations) {
    hIndexNeeds.push(`at least ${hIndex}² = ${formatCount(hIndex * hIndex)} citations (${formatCount(citations)} reported)`);
  }

  const reasons: string[] = [];
  if (hIndexNeeds.length > 0) reasons.push(`an h-index of ${hIndex} needs ${hIndexNeeds.join(' and ')}`);
  if (paperCount !== undefined && paperCount > listedPaperCount) {
    reasons.push(`the source counts ${pluralize(paperCount, 'paper')} but lists ${formatCount(listedPaperCount)}`);
  }

  if (reasons.length === 0) return undefined;
  return `The source's figures cover more than the listed papers: ${reasons.join('; ')}.`;
}
