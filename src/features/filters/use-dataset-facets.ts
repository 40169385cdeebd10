import { useMemo } from 'react';

import { countPapersPerCategory } from '../../domain/query/filter';
import { createDefaultFilters } from '../../domain/query/view-state';
import { getPaperIndex, useRecordPapers } from '../../store/selectors';
import { findYearSpan, type YearSpan } from './filter-options';

export interface DatasetFacets {
  paperCount: number;
  /** Papers per category in the whole dataset, whatever the filters. It sets the order of the category toggles. */
  categoryCounts: ReadonlyMap<string, number>;
  yearSpan?: YearSpan;
  /** Papers without a publication date, which a year range hides. */
  undatedCount: number;
}

const NO_PAPERS: DatasetFacets = { paperCount: 0, categoryCounts: new Map(), undatedCount: 0 };

/** Returns the facts about the active dataset that stay fixed while the filters change. */
export function useDatasetFacets(): DatasetFacets {
  const papers = useRecordPapers();

  return useMemo(() => {
    if (papers.length === 0) return NO_PAPERS;

    const index = getPaperIndex(papers);
    return {
      paperCount: papers.length,
      categoryCounts: countPapersPerCategory(index, createDefaultFilters(), {}),
      yearSpan: findYearSpan(index.years),
      undatedCount: index.years.filter((year) => year === 0).length,
    };
  }, [papers]);
}
