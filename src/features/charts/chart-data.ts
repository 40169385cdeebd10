import { useMemo } from 'react';

import type { Paper } from '../../domain/model';
import type { CategoryShare } from '../../domain/query/aggregate';
import {
  computeMatchingCategoryMix,
  countMatchingByYearAndCategory,
  type YearChartCounts,
} from '../../domain/query/chart-counts';
import { usePubscopeStore } from '../../store/pubscope-store';
import { getPaperIndex, useActiveDataset } from '../../store/selectors';
import { getCategoryColors, type CategoryColors } from './category-colors';

const NO_PAPERS: readonly Paper[] = [];

function useDatasetPapers(): readonly Paper[] {
  return useActiveDataset()?.papers ?? NO_PAPERS;
}

export type YearChartData = YearChartCounts;

/**
 * Counts papers per year and category under the filters and the category selection. The year
 * selection is left out, so that the other years stay on screen to be compared and picked.
 */
export function useYearChartData(): YearChartData {
  const papers = useDatasetPapers();
  const filters = usePubscopeStore((state) => state.view.filters);
  const category = usePubscopeStore((state) => state.view.selection.category);

  return useMemo(
    () => countMatchingByYearAndCategory(getPaperIndex(papers), filters, { category }),
    [papers, filters, category],
  );
}

/** Counts papers per category under the filters and the year selection, leaving the category selection out likewise. */
export function useCategoryChartData(): CategoryShare[] {
  const papers = useDatasetPapers();
  const filters = usePubscopeStore((state) => state.view.filters);
  const year = usePubscopeStore((state) => state.view.selection.year);

  return useMemo(() => computeMatchingCategoryMix(getPaperIndex(papers), filters, { year }), [papers, filters, year]);
}

export function useCategoryColors(): CategoryColors {
  return getCategoryColors(useDatasetPapers());
}
