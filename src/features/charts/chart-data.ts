import { useMemo } from 'react';

import type { Paper } from '../../domain/model';
import {
  computeCategoryMix,
  countPapersByYearAndCategory,
  type CategoryShare,
  type YearCategoryCounts,
} from '../../domain/query/aggregate';
import { createPaperPredicate } from '../../domain/query/filter';
import type { ChartSelection } from '../../domain/query/view-state';
import { usePubscopeStore } from '../../store/pubscope-store';
import { getPaperIndex, useActiveDataset } from '../../store/selectors';
import { getCategoryColors, type CategoryColors } from './category-colors';

const NO_PAPERS: readonly Paper[] = [];

function useDatasetPapers(): readonly Paper[] {
  return useActiveDataset()?.papers ?? NO_PAPERS;
}

/**
 * Returns the papers that pass the filters and the given chart selection. Each chart leaves its own
 * selection out, so that the other years or categories stay on screen to be compared and picked.
 */
function usePapersMatching(selection: ChartSelection): readonly Paper[] {
  const papers = useDatasetPapers();
  const filters = usePubscopeStore((state) => state.view.filters);
  const { year, category } = selection;

  return useMemo(() => {
    const matches = createPaperPredicate(getPaperIndex(papers), filters, { year, category });
    return papers.filter((_paper, position) => matches(position));
  }, [papers, filters, year, category]);
}

export interface YearChartData {
  /** Papers the chart counts, dated or not. */
  paperCount: number;
  counts: YearCategoryCounts[];
}

/** Counts papers per year and category under the filters and the category selection, but not the year selection. */
export function useYearChartData(): YearChartData {
  const category = usePubscopeStore((state) => state.view.selection.category);
  const papers = usePapersMatching({ category });

  const counts = useMemo(() => countPapersByYearAndCategory(papers), [papers]);
  return { paperCount: papers.length, counts };
}

/** Counts papers per category under the filters and the year selection, but not the category selection. */
export function useCategoryChartData(): CategoryShare[] {
  const year = usePubscopeStore((state) => state.view.selection.year);
  const papers = usePapersMatching({ year });

  return useMemo(() => computeCategoryMix(papers), [papers]);
}

export function useCategoryColors(): CategoryColors {
  return getCategoryColors(useDatasetPapers());
}
