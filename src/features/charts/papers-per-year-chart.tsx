import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Rectangle,
  Tooltip,
  XAxis,
  YAxis,
  type BarRectangleItem,
  type BarShapeProps,
  type TooltipContentProps,
} from 'recharts';

import type { YearCategoryCounts } from '../../domain/query/aggregate';
import { ChartContainer } from './chart-container';
import { getAnimationProps, useChartOptions } from './chart-options';
import { ChartTooltipBox } from './chart-tooltip';
import { formatPaperCount } from './chart-format';

interface PapersPerYearChartProps {
  counts: YearCategoryCounts[];
  /** Categories present in `counts`, bottom of the stack first. */
  categories: readonly string[];
  colorOf: (category: string) => string;
  selectedYear?: number;
  onSelectYear: (year: number) => void;
}

const CHART_HEIGHT = 220;
// The negative left margin takes back the blank space recharts keeps beside the narrow count axis.
const CHART_MARGIN = { top: 8, right: 8, bottom: 0, left: -12 };

function YearTooltip({ active, payload, label }: TooltipContentProps) {
  if (!active || !payload || payload.length === 0) return null;

  const rows = payload
    .filter((entry) => Number(entry.value) > 0)
    .map((entry) => ({ label: String(entry.name), value: String(entry.value), color: entry.color }));
  const total = (payload[0]?.payload as YearCategoryCounts | undefined)?.total ?? 0;
  return <ChartTooltipBox title={`${label}: ${formatPaperCount(total)}`} rows={rows} />;
}

/**
 * Returns at most five whole-number ticks from 0 that reach the tallest bar. Recharts' own integer
 * ticks stretch the axis to 4 when the tallest bar is 1.
 */
function listCountTicks(counts: readonly YearCategoryCounts[]): number[] {
  const tallest = Math.max(1, ...counts.map((row) => row.total));
  const step = Math.ceil(tallest / 4);
  const ticks: number[] = [];
  for (let tick = 0; tick < tallest + step; tick += step) ticks.push(tick);
  return ticks;
}

/** Returns the count axis width in pixels that fits the label of `tallestTick` beside the ticks. */
function measureAxisWidth(tallestTick: number): number {
  return 26 + 7 * String(tallestTick).length;
}

/**
 * Draws stacked bars of papers per year by category; clicking a bar selects or clears its year. It is
 * memoised, so that the panel's renders with unchanged counts leave the bars alone.
 */
export const PapersPerYearChart = memo(function PapersPerYearChart({
  counts,
  categories,
  colorOf,
  selectedYear,
  onSelectYear,
}: PapersPerYearChartProps) {
  const animation = getAnimationProps(useChartOptions());
  const series = useMemo(
    () =>
      categories.map((category) => ({
        category,
        countOf: (entry: YearCategoryCounts) => entry.byCategory[category] ?? 0,
      })),
    [categories],
  );

  const countTicks = useMemo(() => listCountTicks(counts), [counts]);

  const renderBar = useCallback(
    (props: BarShapeProps) => {
      const year = (props.payload as YearCategoryCounts).year;
      const dimmed = selectedYear !== undefined && year !== selectedYear;
      return (
        <g data-year={year} className={dimmed ? 'year-bar is-dimmed' : 'year-bar'}>
          <Rectangle {...props} />
        </g>
      );
    },
    [selectedYear],
  );
  const selectBar = useCallback(
    (bar: BarRectangleItem) => onSelectYear((bar.payload as YearCategoryCounts).year),
    [onSelectYear],
  );

  return (
    <div className="chart-canvas year-chart">
      <ChartContainer
        height={CHART_HEIGHT}
        renderChart={(size) => (
          <BarChart {...size} data={counts} margin={CHART_MARGIN} title="Papers per year, stacked by category">
            <CartesianGrid vertical={false} />
            <XAxis dataKey="year" tickLine={false} interval="preserveStartEnd" minTickGap={6} />
            <YAxis
              allowDecimals={false}
              ticks={countTicks}
              domain={[0, countTicks.at(-1) ?? 1]}
              width={measureAxisWidth(countTicks.at(-1) ?? 1)}
              tickLine={false}
            />
            <Tooltip content={YearTooltip} />
            {series.map(({ category, countOf }) => (
              <Bar
                key={category}
                name={category}
                dataKey={countOf}
                stackId="papers"
                fill={colorOf(category)}
                shape={renderBar}
                onClick={selectBar}
                {...animation}
              />
            ))}
          </BarChart>
        )}
      />
    </div>
  );
});
