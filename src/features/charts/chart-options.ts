import { createContext, useContext } from 'react';

/** Drawing options shared by every chart in the panel; tests change both fields. */
export interface ChartOptions {
  /** Whether recharts animates shapes; tests turn it off so that shapes are drawn on the first render. */
  animate: boolean;
  /**
   * Fixed chart width in pixels in place of the container's width. jsdom has no layout, so recharts'
   * ResponsiveContainer draws nothing there and component tests set this.
   */
  fixedWidth?: number;
}

export const DEFAULT_CHART_OPTIONS: ChartOptions = { animate: true };

export const ChartOptionsContext = createContext<ChartOptions>(DEFAULT_CHART_OPTIONS);

export function useChartOptions(): ChartOptions {
  return useContext(ChartOptionsContext);
}

/** Animation props for a recharts shape: short, and skipped under prefers-reduced-motion ('auto'). */
export function getAnimationProps(options: ChartOptions) {
  return { isAnimationActive: options.animate ? ('auto' as const) : false, animationDuration: 300 };
}
