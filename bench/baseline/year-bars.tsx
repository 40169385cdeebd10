import type { ReactTable, Row } from '@tanstack/react-table';
import { useMemo } from 'react';

import type { Paper } from '../../src/domain/model';
import type { BaselineFeatures } from './table-setup';
import { yearOf } from './table-setup';

interface YearBarsProps {
  filteredRows: Row<BaselineFeatures, Paper>[];
  papers: readonly Paper[];
  table: ReactTable<BaselineFeatures, Paper>;
}

function listDatasetYears(papers: readonly Paper[]): number[] {
  const years = new Set<number>();
  for (const paper of papers) {
    const year = yearOf(paper);
    if (year !== undefined) years.add(year);
  }
  return [...years].sort((first, second) => first - second);
}

/**
 * Stands in for Pubscope's papers-per-year chart: one button per year with the count of papers that pass the
 * filters, as a bar whose width follows the count. A click filters to that year, a second click clears it.
 */
export function YearBars({ filteredRows, papers, table }: YearBarsProps) {
  const years = useMemo(() => listDatasetYears(papers), [papers]);
  const counts = useMemo(() => {
    const byYear = new Map<number, number>();
    for (const row of filteredRows) {
      const year = yearOf(row.original);
      if (year !== undefined) byYear.set(year, (byYear.get(year) ?? 0) + 1);
    }
    return byYear;
  }, [filteredRows]);
  const tallest = Math.max(1, ...counts.values());
  const yearBarColumn = table.getColumn('yearBar');
  const selectedYear = yearBarColumn?.getFilterValue() as number | undefined;

  return (
    <section className="year-bars" aria-label="Papers per year">
      {years.map((year) => {
        const count = counts.get(year) ?? 0;
        return (
          <button
            key={year}
            type="button"
            data-year={year}
            aria-pressed={selectedYear === year}
            onClick={() => yearBarColumn?.setFilterValue(selectedYear === year ? undefined : year)}
          >
            <span className="year-bar-label">{year}</span>
            <span className="year-bar" style={{ width: `${(count / tallest) * 100}%` }} />
            <span className="year-bar-count">{count}</span>
          </button>
        );
      })}
    </section>
  );
}
