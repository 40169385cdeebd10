import { useDeferredValue, useMemo } from 'react';

import type { CitationsInYear } from '../../domain/citation-metrics';
import type { Paper } from '../../domain/model';
import type { CategoryShare, ScoreDistribution } from '../../domain/query/aggregate';
import {
  computeMatchingCategoryMix,
  countMatchingByYearAndCategory,
  type YearChartCounts,
} from '../../domain/query/chart-counts';
import { hasYearlyCitations, sumCitationsByYearAt } from '../../domain/query/citation-counts';
import { selectMatchingPositions } from '../../domain/query/filter';
import type { ChartSelection, FilterState } from '../../domain/query/view-state';
import { computeVisibleScoreDistribution } from '../../domain/query/visible-scores';
import { usePubscopeStore } from '../../store/pubscope-store';
import { getPaperIndex, useRecordPapers } from '../../store/selectors';
import { getCategoryColors, type CategoryColors } from './category-colors';

/** The record's papers: the dataset's without the set-aside ones. */
function useDatasetPapers(): readonly Paper[] {
  return useRecordPapers();
}

/**
 * Returns the filters and the chart selection the charts draw. They are deferred, so that the table
 * shows a change first and typing never waits for the charts; a sort changes neither.
 */
function useChartView(): { filters: FilterState; selection: ChartSelection } {
  const filters = useDeferredValue(usePubscopeStore((state) => state.view.filters));
  const selection = useDeferredValue(usePubscopeStore((state) => state.view.selection));
  return { filters, selection };
}

export type YearChartData = YearChartCounts;

/**
 * Counts papers per year and category under the filters and the category selection. The year
 * selection is left out, so that the other years stay on screen to be compared and picked.
 */
export function useYearChartData(): YearChartData {
  const papers = useDatasetPapers();
  const { filters, selection } = useChartView();
  const { category } = selection;

  return useMemo(
    () => countMatchingByYearAndCategory(getPaperIndex(papers), filters, { category }),
    [papers, filters, category],
  );
}

/** Counts papers per category under the filters and the year selection, leaving the category selection out likewise. */
export function useCategoryChartData(): CategoryShare[] {
  const papers = useDatasetPapers();
  const { filters, selection } = useChartView();
  const { year } = selection;

  return useMemo(() => computeMatchingCategoryMix(getPaperIndex(papers), filters, { year }), [papers, filters, year]);
}

/** The last chart view's matching papers, so that the score and citation charts compute them once per change. */
let lastMatching: { papers: readonly Paper[]; filters: FilterState; selection: ChartSelection; positions: Int32Array } | undefined;

/** Returns the positions of the papers that pass the chart view, in source order. */
function findMatchingPositions(papers: readonly Paper[], filters: FilterState, selection: ChartSelection): Int32Array {
  const last = lastMatching;
  if (last && last.papers === papers && last.filters === filters && last.selection === selection) return last.positions;

  const positions = selectMatchingPositions(getPaperIndex(papers), filters, selection);
  lastMatching = { papers, filters, selection, positions };
  return positions;
}

/** Describes the scores of the papers that pass the filters and the selection, highest first, whatever the sort. */
export function useScoreChartData(): ScoreDistribution {
  const papers = useDatasetPapers();
  const { filters, selection } = useChartView();

  return useMemo(() => {
    return computeVisibleScoreDistribution(getPaperIndex(papers), findMatchingPositions(papers, filters, selection));
  }, [papers, filters, selection]);
}

export interface CitationChartData {
  /** Whether any paper of the dataset has per-year citation counts; the chart is left out when none has. */
  hasYearlyCounts: boolean;
  rows: CitationsInYear[];
}

/** Adds up the citations that the papers passing the filters and the selection received in each year. */
export function useCitationChartData(): CitationChartData {
  const papers = useDatasetPapers();
  const { filters, selection } = useChartView();

  return useMemo(() => {
    const index = getPaperIndex(papers);
    if (!hasYearlyCitations(index)) return { hasYearlyCounts: false, rows: [] };
    return { hasYearlyCounts: true, rows: sumCitationsByYearAt(index, findMatchingPositions(papers, filters, selection)) };
  }, [papers, filters, selection]);
}

export function useCategoryColors(): CategoryColors {
  return getCategoryColors(useDatasetPapers());
}
