import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';

import type { CitationsInYear } from '../../domain/citation-metrics';
import { formatCount } from '../../domain/format';
import { ChartContainer } from './chart-container';
import { useCitationChartData } from './chart-data';
import { ChartFigure } from './chart-figure';
import { getAnimationProps, useChartOptions } from './chart-options';
import { ChartTooltipBox } from './chart-tooltip';

const CHART_HEIGHT = 200;
// The negative left margin takes back the blank space recharts keeps beside the narrow count axis.
const CHART_MARGIN = { top: 8, right: 8, bottom: 0, left: -4 };

function CitationsTooltip({ active, payload, label }: TooltipContentProps) {
  if (!active || !payload || payload.length === 0) return null;

  const citations = Number(payload[0]?.value ?? 0);
  return <ChartTooltipBox title={`${label}: ${formatCount(citations)} citations`} rows={[]} />;
}

function CitationsTable({ rows }: { rows: readonly CitationsInYear[] }) {
  return (
    <table className="chart-table">
      <caption>Citations received per year</caption>
      <thead>
        <tr>
          <th scope="col">Year</th>
          <th scope="col">Citations</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.year}>
            <th scope="row">{row.year}</th>
            <td>{formatCount(row.citations)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Citations the matching papers received in each year, from per-year counts such as OpenAlex's
 * `counts_by_year`. Renders nothing for datasets without per-year counts.
 */
export function CitationsPerYearPanel() {
  const { hasYearlyCounts, rows } = useCitationChartData();
  const animation = getAnimationProps(useChartOptions());

  if (!hasYearlyCounts) return null;

  return (
    <ChartFigure
      title="Citations per year"
      hint="Citations the matching papers received in each year."
      emptyMessage={rows.length === 0 ? 'None of the matching papers has citation counts per year.' : undefined}
      dataTable={<CitationsTable rows={rows} />}
    >
      <div className="chart-canvas citations-chart">
        <ChartContainer
          height={CHART_HEIGHT}
          renderChart={(size) => (
            <BarChart {...size} data={rows} margin={CHART_MARGIN} title="Citations per year">
              <CartesianGrid vertical={false} />
              <XAxis dataKey="year" tickLine={false} interval="preserveStartEnd" minTickGap={6} />
              <YAxis allowDecimals={false} width={48} tickLine={false} />
              <Tooltip content={CitationsTooltip} />
              <Bar dataKey="citations" name="Citations" className="citations-bar" {...animation} />
            </BarChart>
          )}
        />
      </div>
    </ChartFigure>
  );
}
