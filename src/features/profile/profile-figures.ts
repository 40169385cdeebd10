import type { CitationFigures } from '../../domain/citation-metrics';
import { formatCount } from '../../domain/format';
import { FORMAT_LABELS } from '../../domain/importers/detect-format';
import type { RecordFigures } from '../../domain/metrics';
import type { ReportedFigures, SourceFormat } from '../../domain/model';
import {
  explainGIndex,
  explainHIndex,
  explainI10Index,
  explainNextHStep,
  explainTotalCitations,
  formatNextHStep,
} from './citation-figure-explanations';
import {
  explainMeanScore,
  explainPaperCount,
  explainScoredCount,
  explainWithCode,
  explainYearSpan,
} from './record-figure-explanations';

/** Origin of a figure, in two short sentences for its tooltip. */
export interface FigureExplanation {
  /** Sentence naming the source that reported the figure, or stating the formula that computes it. */
  method: string;
  /** Sentence giving the value as read from the source, or the inputs of the formula. */
  inputs: string;
}

export interface Figure {
  label: string;
  value: string;
  explanation: FigureExplanation;
}

/** The source that reported the figures, with its format and, when known, the date it was captured. */
export interface ReportSource {
  format: SourceFormat;
  capturedOn?: string;
}

function describeReportSource({ format, capturedOn }: ReportSource): string {
  const formatLabel = FORMAT_LABELS[format];
  if (capturedOn) return `Reported by the source (${formatLabel}) on ${capturedOn}.`;
  return `Reported by the source (${formatLabel}); the capture date is unknown.`;
}

export function listReportedFigures(reported: ReportedFigures, source: ReportSource): Figure[] {
  const method = describeReportSource(source);
  const figures: Figure[] = [];
  const add = (label: string, value: string, rawValue: number) => {
    figures.push({ label, value, explanation: { method, inputs: `Raw value: ${rawValue}.` } });
  };

  if (reported.hIndex !== undefined) add('h-index', formatCount(reported.hIndex), reported.hIndex);
  if (reported.paperCount !== undefined) add('Papers', formatCount(reported.paperCount), reported.paperCount);
  if (reported.citations !== undefined) add('Citations', formatCount(reported.citations), reported.citations);
  if (reported.noveltyPercent !== undefined) add('Novelty', `${reported.noveltyPercent}%`, reported.noveltyPercent);
  if (reported.aiScore !== undefined) add('AI Score', String(reported.aiScore), reported.aiScore);
  return figures;
}

function formatYearSpan(record: RecordFigures): string {
  if (record.firstYear === undefined || record.latestYear === undefined) return 'No dates';
  if (record.firstYear === record.latestYear) return String(record.firstYear);
  return `${record.firstYear}–${record.latestYear}`;
}

function listCitationFigures(citations: CitationFigures | undefined, paperCount: number): Figure[] {
  if (!citations) return [];
  return [
    { label: 'Citations', value: formatCount(citations.totalCitations), explanation: explainTotalCitations(citations, paperCount) },
    { label: 'h-index', value: formatCount(citations.hIndex), explanation: explainHIndex(citations, paperCount) },
    { label: 'i10-index', value: formatCount(citations.i10Index), explanation: explainI10Index(citations, paperCount) },
    { label: 'g-index', value: formatCount(citations.gIndex), explanation: explainGIndex(citations, paperCount) },
    { label: 'Citations to next h-index', value: formatNextHStep(citations), explanation: explainNextHStep(citations, paperCount) },
  ];
}

export function listComputedFigures(record: RecordFigures, citations?: CitationFigures): Figure[] {
  return [
    { label: 'Papers loaded', value: formatCount(record.paperCount), explanation: explainPaperCount(record) },
    { label: 'With code', value: formatCount(record.withCodeCount), explanation: explainWithCode(record) },
    { label: 'Scored', value: formatCount(record.scoredCount), explanation: explainScoredCount(record) },
    {
      label: 'Mean score',
      value: record.meanScore === undefined ? '—' : record.meanScore.toFixed(1),
      explanation: explainMeanScore(record),
    },
    { label: 'Years', value: formatYearSpan(record), explanation: explainYearSpan(record) },
    ...listCitationFigures(citations, record.paperCount),
  ];
}
