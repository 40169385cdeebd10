import { useMemo } from 'react';

import type { YearCategoryCounts } from '../../domain/query/aggregate';
import { groupYearCounts, OTHER_CATEGORIES } from '../../domain/query/category-groups';
import { usePubscopeStore } from '../../store/pubscope-store';
import { CategoryLegend } from './category-legend';
import { useCategoryColors, useYearChartData } from './chart-data';
import { ChartFigure } from './chart-figure';
import { formatPaperCount } from './chart-format';
import { NO_MATCH_MESSAGE } from './empty-messages';
import { PapersPerYearChart } from './papers-per-year-chart';
import { PapersPerYearTable } from './papers-per-year-table';
import { SelectionNote } from './selection-note';

function listCategoriesPresent(counts: readonly YearCategoryCounts[], order: readonly string[]): string[] {
  const present = new Set(counts.flatMap((row) => Object.keys(row.byCategory)));
  return order.filter((category) => present.has(category));
}

function findEmptyMessage(paperCount: number, datedCount: number): string | undefined {
  if (paperCount === 0) return NO_MATCH_MESSAGE;
  if (datedCount === 0) return 'None of the matching papers has a publication date.';
  return undefined;
}

function describeUndated(undatedCount: number): string | undefined {
  if (undatedCount === 0) return undefined;
  const verb = undatedCount === 1 ? 'has' : 'have';
  return `${formatPaperCount(undatedCount)} without a publication date ${verb} no bar.`;
}

export function PapersPerYearPanel() {
  const { paperCount, counts } = useYearChartData();
  const { order, colorOf, grouped } = useCategoryColors();
  const selectedYear = usePubscopeStore((state) => state.view.selection.year);
  const toggleSelectedYear = usePubscopeStore((state) => state.toggleSelectedYear);
  const clearSelectedYear = usePubscopeStore((state) => state.clearSelectedYear);
  const categories = useMemo(() => listCategoriesPresent(counts, order), [counts, order]);
  // The bars stack the categories with a color of their own and one grey segment for the rest. The table lists all.
  const stack = useMemo(() => {
    const drawn = categories.filter((category) => !grouped.has(category));
    const hasGrouped = drawn.length < categories.length;
    return {
      categories: hasGrouped ? [...drawn, OTHER_CATEGORIES] : drawn,
      counts: groupYearCounts(counts, grouped),
    };
  }, [categories, counts, grouped]);

  const datedCount = counts.reduce((total, row) => total + row.total, 0);
  const emptyMessage = findEmptyMessage(paperCount, datedCount);
  const undatedNote = describeUndated(paperCount - datedCount);

  return (
    <ChartFigure
      title="Papers per year"
      hint="Click a bar, or a year under Show data, to show only that year's papers."
      emptyMessage={emptyMessage}
      dataTable={
        <PapersPerYearTable
          counts={counts}
          categories={categories}
          selectedYear={selectedYear}
          onSelectYear={toggleSelectedYear}
        />
      }
    >
      {selectedYear !== undefined && (
        <SelectionNote
          message={`Showing papers from ${selectedYear} only.`}
          clearLabel="Clear year"
          onClear={clearSelectedYear}
        />
      )}
      <PapersPerYearChart
        counts={stack.counts}
        categories={stack.categories}
        colorOf={colorOf}
        selectedYear={selectedYear}
        onSelectYear={toggleSelectedYear}
      />
      <CategoryLegend categories={stack.categories} colorOf={colorOf} />
      {undatedNote && <p className="chart-note">{undatedNote}</p>}
    </ChartFigure>
  );
}
