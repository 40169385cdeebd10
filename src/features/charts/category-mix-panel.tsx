import { useMemo } from 'react';

import { groupCategoryShares } from '../../domain/query/category-groups';
import { usePubscopeStore } from '../../store/pubscope-store';
import { CategoryMixChart } from './category-mix-chart';
import { CategoryMixLegend } from './category-mix-legend';
import { CategoryMixTable } from './category-mix-table';
import { useCategoryChartData, useCategoryColors } from './chart-data';
import { ChartFigure } from './chart-figure';
import { NO_MATCH_MESSAGE } from './empty-messages';
import { SelectionNote } from './selection-note';

export function CategoryMixPanel() {
  const mix = useCategoryChartData();
  const { colorOf, grouped } = useCategoryColors();
  // The donut draws the categories with a color of their own and one slice for the rest. The legend lists them all.
  const slices = useMemo(() => groupCategoryShares(mix, grouped), [mix, grouped]);
  const selectedCategory = usePubscopeStore((state) => state.view.selection.category);
  const toggleSelectedCategory = usePubscopeStore((state) => state.toggleSelectedCategory);
  const clearSelectedCategory = usePubscopeStore((state) => state.clearSelectedCategory);

  return (
    <ChartFigure
      title="Category mix"
      hint="Click a slice or a category to show only its papers."
      emptyMessage={mix.length === 0 ? NO_MATCH_MESSAGE : undefined}
      dataTable={<CategoryMixTable mix={mix} />}
    >
      {selectedCategory !== undefined && (
        <SelectionNote
          message={`Showing ${selectedCategory} papers only.`}
          clearLabel="Clear category"
          onClear={clearSelectedCategory}
        />
      )}
      <div className="mix-layout">
        <CategoryMixChart
          mix={slices}
          colorOf={colorOf}
          selectedCategory={selectedCategory}
          onSelectCategory={toggleSelectedCategory}
        />
        <CategoryMixLegend
          mix={mix}
          colorOf={colorOf}
          selectedCategory={selectedCategory}
          onSelectCategory={toggleSelectedCategory}
        />
      </div>
    </ChartFigure>
  );
}
