import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  BarChart,
  CartesianGrid,
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

type StackProps = Pick<PapersPerYearChartProps, 'categories' | 'colorOf'>;

function YearTooltip({ active, payload, label, categories, colorOf }: TooltipContentProps & StackProps) {
  const row = payload?.[0]?.payload as YearCategoryCounts | undefined;
  if (!active || !row) return null;

  const rows = categories
    .filter((category) => (row.byCategory[category] ?? 0) > 0)
    .map((category) => ({ label: category, value: String(row.byCategory[category]), color: colorOf(category) }));
  return <ChartTooltipBox title={`${label}: ${formatPaperCount(row.total)}`} rows={rows} />;
}

/** One segment of a year's stack: its category, color, top edge and height in pixels. */
interface StackSegment {
  category: string;
  color: string;
  y: number;
  height: number;
}

/** Splits a year's bar, `height` pixels tall from `top`, into one segment per category, the first at the bottom. */
function splitStack(row: YearCategoryCounts, top: number, height: number, stack: StackProps): StackSegment[] {
  if (row.total === 0) return [];

  const segments: StackSegment[] = [];
  let bottom = top + height;
  for (const category of stack.categories) {
    const count = row.byCategory[category] ?? 0;
    if (count === 0) continue;

    const segmentHeight = (height * count) / row.total;
    bottom -= segmentHeight;
    segments.push({ category, color: stack.colorOf(category), y: bottom, height: segmentHeight });
  }
  return segments;
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
  const countTicks = useMemo(() => listCountTicks(counts), [counts]);

  // One recharts bar per year, with its stack drawn as plain rectangles: hundreds of recharts shapes cost far more.
  const renderBar = useCallback(
    (props: BarShapeProps) => {
      const row = props.payload as YearCategoryCounts;
      const dimmed = selectedYear !== undefined && row.year !== selectedYear;
      const segments = splitStack(row, props.y, props.height, { categories, colorOf });
      return (
        <g data-year={row.year} className={dimmed ? 'year-bar is-dimmed' : 'year-bar'}>
          {segments.map((segment) => (
            <rect
              key={segment.category}
              x={props.x}
              y={segment.y}
              width={props.width}
              height={segment.height}
              fill={segment.color}
            />
          ))}
        </g>
      );
    },
    [selectedYear, categories, colorOf],
  );
  const renderTooltip = useCallback(
    (props: TooltipContentProps) => <YearTooltip {...props} categories={categories} colorOf={colorOf} />,
    [categories, colorOf],
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
            <Tooltip content={renderTooltip} />
            <Bar name="Papers" dataKey="total" shape={renderBar} onClick={selectBar} {...animation} />
          </BarChart>
        )}
      />
    </div>
  );
});
