import type { CitationFigures } from '../../domain/citation-metrics';
import { formatCount } from '../../domain/format';
import { countNoun, describeShareOfLoaded, formatOrdinal } from './figure-wording';
import type { FigureExplanation } from './profile-figures';

function describeCoverage(citations: CitationFigures, paperCount: number): string {
  return describeShareOfLoaded('a citation count', citations.papersWithCitations, paperCount);
}

function sumMostCited(countsMostCitedFirst: readonly number[], paperCount: number): number {
  return countsMostCitedFirst.slice(0, paperCount).reduce((total, count) => total + count, 0);
}

function describeMostCited(paperCount: number): string {
  return paperCount === 1 ? 'The most cited paper has' : `The ${formatCount(paperCount)} most cited papers have`;
}

export function explainTotalCitations(citations: CitationFigures, paperCount: number): FigureExplanation {
  return {
    method: 'The citation counts of the papers that have one are added up.',
    inputs: describeCoverage(citations, paperCount),
  };
}

function describeHIndexInputs({ hIndex, countsMostCitedFirst }: CitationFigures): string {
  if (hIndex === 0) return 'No paper has at least 1 citation.';

  const reached = `${countNoun(hIndex, 'paper')} ${hIndex === 1 ? 'has' : 'have'} at least ${countNoun(hIndex, 'citation')}`;
  const nextCount = countsMostCitedFirst[hIndex];
  if (nextCount === undefined) return `${reached}; there is no ${formatOrdinal(hIndex + 1)} paper with a count.`;
  return `${reached}; the ${formatOrdinal(hIndex + 1)} most cited has ${formatCount(nextCount)}.`;
}

export function explainHIndex(citations: CitationFigures, paperCount: number): FigureExplanation {
  return {
    method: 'The h-index is the largest h such that h papers have at least h citations each.',
    inputs: `${describeHIndexInputs(citations)} ${describeCoverage(citations, paperCount)}`,
  };
}

export function explainI10Index(citations: CitationFigures, paperCount: number): FigureExplanation {
  return {
    method: 'The i10-index counts the papers with at least 10 citations.',
    inputs: describeCoverage(citations, paperCount),
  };
}

function describeGIndexInputs({ gIndex, countsMostCitedFirst }: CitationFigures): string {
  const next = gIndex + 1;
  const nextSum = sumMostCited(countsMostCitedFirst, next);
  if (gIndex === 0) return `The most cited paper has ${countNoun(nextSum, 'citation')}, fewer than 1² = 1.`;

  const reached =
    `${describeMostCited(gIndex)} ${countNoun(sumMostCited(countsMostCitedFirst, gIndex), 'citation')}, ` +
    `at least ${gIndex}² = ${formatCount(gIndex * gIndex)}`;
  if (countsMostCitedFirst.length === gIndex) return `${reached}; there is no ${formatOrdinal(next)} paper with a count.`;
  return `${reached}; the ${formatCount(next)} most cited have ${formatCount(nextSum)}, fewer than ${next}² = ${formatCount(next * next)}.`;
}

export function explainGIndex(citations: CitationFigures, paperCount: number): FigureExplanation {
  return {
    method: 'The g-index is the largest g such that the g most cited papers have at least g² citations together.',
    inputs: `${describeGIndexInputs(citations)} ${describeCoverage(citations, paperCount)}`,
  };
}

/** Formats the next-step figure, naming the extra paper when the papers with a count are too few. */
export function formatNextHStep({ nextHStep }: CitationFigures): string {
  const citationsNeeded = formatCount(nextHStep.citationsNeeded);
  if (!nextHStep.needsNewPaper) return citationsNeeded;
  return `${citationsNeeded} (needs a ${formatOrdinal(nextHStep.targetHIndex)} paper)`;
}

export function explainNextHStep(citations: CitationFigures, paperCount: number): FigureExplanation {
  const { targetHIndex, citationsNeeded, papersShort, needsNewPaper } = citations.nextHStep;
  const papersNeeding =
    targetHIndex === 1 ? 'the most cited paper needs' : `each of the ${formatCount(targetHIndex)} most cited papers needs`;
  const shortfall =
    `${countNoun(papersShort, 'paper')} ${papersShort === 1 ? 'falls' : 'fall'} short ` +
    `by ${countNoun(citationsNeeded, 'citation')} in all`;
  const missingPaper = needsNewPaper ? `; the ${formatOrdinal(targetHIndex)} is missing and counts as 0` : '';

  return {
    method: `For an h-index of ${formatCount(targetHIndex)}, ${papersNeeding} at least ${countNoun(targetHIndex, 'citation')}.`,
    inputs: `${shortfall}${missingPaper}. ${describeCoverage(citations, paperCount)}`,
  };
}
