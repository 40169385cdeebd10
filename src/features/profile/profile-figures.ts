import { formatCount } from '../../domain/format';
import type { CitationFigures } from '../../domain/citation-metrics';
import type { RecordFigures } from '../../domain/metrics';
import type { ReportedFigures } from '../../domain/model';

export interface Figure {
  label: string;
  value: string;
}

export function listReportedFigures(reported: ReportedFigures): Figure[] {
  const figures: Figure[] = [];
  if (reported.hIndex !== undefined) figures.push({ label: 'h-index', value: formatCount(reported.hIndex) });
  if (reported.paperCount !== undefined) figures.push({ label: 'Papers', value: formatCount(reported.paperCount) });
  if (reported.citations !== undefined) figures.push({ label: 'Citations', value: formatCount(reported.citations) });
  if (reported.noveltyPercent !== undefined) figures.push({ label: 'Novelty', value: `${reported.noveltyPercent}%` });
  if (reported.aiScore !== undefined) figures.push({ label: 'AI Score', value: String(reported.aiScore) });
  return figures;
}

function formatYearSpan(record: RecordFigures): string {
  if (record.firstYear === undefined || record.latestYear === undefined) return 'No dates';
  if (record.firstYear === record.latestYear) return String(record.firstYear);
  return `${record.firstYear}–${record.latestYear}`;
}

function listCitationFigures(citations: CitationFigures | undefined): Figure[] {
  if (!citations) return [];
  return [
    { label: 'Citations', value: formatCount(citations.totalCitations) },
    { label: 'h-index', value: formatCount(citations.hIndex) },
    { label: 'i10-index', value: formatCount(citations.i10Index) },
  ];
}

export function listComputedFigures(record: RecordFigures, citations?: CitationFigures): Figure[] {
  return [
    { label: 'Papers loaded', value: formatCount(record.paperCount) },
    { label: 'With code', value: formatCount(record.withCodeCount) },
    { label: 'Scored', value: formatCount(record.scoredCount) },
    { label: 'Mean score', value: record.meanScore === undefined ? '—' : record.meanScore.toFixed(1) },
    { label: 'Years', value: formatYearSpan(record) },
    ...listCitationFigures(citations),
  ];
}
