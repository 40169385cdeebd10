import type { ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

import { useChartOptions } from './chart-options';

interface ChartSize {
  width: number;
  height: number;
}

interface ChartContainerProps {
  height: number;
  /** Draws the chart; it receives a fixed size, or none when ResponsiveContainer supplies the size. */
  renderChart: (size: ChartSize | undefined) => ReactElement;
}

/** Sizes a recharts chart to its container, or to the fixed width set in the chart options. */
export function ChartContainer({ height, renderChart }: ChartContainerProps) {
  const { fixedWidth } = useChartOptions();

  if (fixedWidth !== undefined) return renderChart({ width: fixedWidth, height });

  return (
    <ResponsiveContainer width="100%" height={height}>
      {renderChart(undefined)}
    </ResponsiveContainer>
  );
}
