import { memo, useCallback } from 'react';
import {
  Pie,
  PieChart,
  Sector,
  Tooltip,
  type PieSectorDataItem,
  type PieSectorShapeProps,
  type TooltipContentProps,
} from 'recharts';

import type { CategoryShare } from '../../domain/query/aggregate';
import { UNCATEGORISED } from '../../domain/query/aggregate';
import { OTHER_CATEGORIES } from '../../domain/query/category-groups';
import { ChartContainer } from './chart-container';
import { getAnimationProps, useChartOptions } from './chart-options';
import { ChartTooltipBox } from './chart-tooltip';
import { findCategoryName, formatPaperCount, formatShare } from './chart-format';

interface CategoryMixChartProps {
  mix: CategoryShare[];
  colorOf: (category: string) => string;
  selectedCategory?: string;
  onSelectCategory: (category: string) => void;
}

const CHART_HEIGHT = 180;
/** How far the selected slice reaches past the ring, in pixels. */
const SELECTED_SLICE_OFFSET = 6;

function MixTooltip({ active, payload }: TooltipContentProps) {
  const share = payload?.[0]?.payload as CategoryShare | undefined;
  if (!active || !share) return null;

  const name = findCategoryName(share.category);
  const title = name ? `${share.category} · ${name}` : share.category;
  return (
    <ChartTooltipBox title={title} rows={[{ label: formatPaperCount(share.count), value: formatShare(share.share) }]} />
  );
}

/** Draws a donut of papers per category; clicking a slice selects or clears its category. */
export const CategoryMixChart = memo(function CategoryMixChart({
  mix,
  colorOf,
  selectedCategory,
  onSelectCategory,
}: CategoryMixChartProps) {
  const animation = getAnimationProps(useChartOptions());
  const total = mix.reduce((sum, share) => sum + share.count, 0);

  const renderSlice = useCallback(
    (props: PieSectorShapeProps) => {
      const { category } = props.payload as CategoryShare;
      const selected = category === selectedCategory;
      const dimmed = selectedCategory !== undefined && !selected;
      const outerRadius = selected ? props.outerRadius + SELECTED_SLICE_OFFSET : props.outerRadius;
      return (
        <g data-category={category} className={dimmed ? 'mix-slice is-dimmed' : 'mix-slice'}>
          <Sector {...props} fill={colorOf(category)} outerRadius={outerRadius} />
        </g>
      );
    },
    [colorOf, selectedCategory],
  );
  const selectSlice = useCallback(
    (sector: PieSectorDataItem) => {
      const { category } = sector.payload as CategoryShare;
      if (category !== UNCATEGORISED && category !== OTHER_CATEGORIES) onSelectCategory(category);
    },
    [onSelectCategory],
  );

  return (
    <div className="chart-canvas mix-chart">
      <ChartContainer
        height={CHART_HEIGHT}
        renderChart={(size) => (
          <PieChart {...size} title="Papers per category">
            <Pie
              data={mix}
              dataKey="count"
              nameKey="category"
              innerRadius="58%"
              outerRadius="82%"
              // Start at twelve o'clock and go clockwise, as people read a clock face.
              startAngle={90}
              endAngle={-270}
              shape={renderSlice}
              onClick={selectSlice}
              {...animation}
            />
            <Tooltip content={MixTooltip} />
          </PieChart>
        )}
      />
      <p className="mix-total" aria-hidden="true">
        <span className="mix-total-count">{total}</span>
        <span className="mix-total-unit">{total === 1 ? 'paper' : 'papers'}</span>
      </p>
    </div>
  );
});
