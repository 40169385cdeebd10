import { formatCount } from '../../domain/format';
import type { RecordFigures } from '../../domain/metrics';
import { countNoun, describeShareOfLoaded } from './figure-wording';
import type { FigureExplanation } from './profile-figures';

// Two decimals keep a score given to two decimals exact and hide the rounding noise of adding decimals.
const scoreSumFormat = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function explainPaperCount(record: RecordFigures): FigureExplanation {
  return {
    method: 'Every loaded paper counts, with or without a date, score or citation count.',
    inputs: `Loaded papers: ${formatCount(record.paperCount)}.`,
  };
}

export function explainWithCode(record: RecordFigures): FigureExplanation {
  return {
    method: 'Each loaded paper with a link to its code counts.',
    inputs: describeShareOfLoaded('a code link', record.withCodeCount, record.paperCount),
  };
}

export function explainScoredCount(record: RecordFigures): FigureExplanation {
  return {
    method: 'Each loaded paper with a score from the source counts.',
    inputs: describeShareOfLoaded('a score', record.scoredCount, record.paperCount),
  };
}

export function explainMeanScore(record: RecordFigures): FigureExplanation {
  const method = 'The mean adds up the scores and divides by the number of scored papers, to one decimal.';
  if (record.scoredCount === 0) return { method, inputs: 'No loaded paper has a score, so there is no mean.' };

  return {
    method,
    inputs:
      `The scores add up to ${scoreSumFormat.format(record.scoreSum)} over ` +
      `${countNoun(record.scoredCount, 'scored paper')}, of ${formatCount(record.paperCount)} loaded.`,
  };
}

export function explainYearSpan(record: RecordFigures): FigureExplanation {
  const share = describeShareOfLoaded('a date', record.datedCount, record.paperCount);
  const undated = record.paperCount - record.datedCount;

  return {
    method: 'The span runs from the earliest to the latest publication year.',
    inputs: undated > 0 && record.datedCount > 0 ? `${share} Papers without a date are left out.` : share,
  };
}
