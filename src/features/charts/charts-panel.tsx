import { useMemo } from 'react';

import { PanelErrorBoundary } from '../../components/panel-error-boundary';
import { useRecordPapers } from '../../store/selectors';
import { CategoryMixPanel } from './category-mix-panel';
import { ChartOptionsContext, DEFAULT_CHART_OPTIONS, type ChartOptions } from './chart-options';
import { CitationsPerYearPanel } from './citations-per-year-panel';
import { PapersPerYearPanel } from './papers-per-year-panel';
import { ScorePanel } from './score-panel';
import './charts.css';

/**
 * Records up to this size animate their charts. Larger ones draw each change at once: the animation frames doubled
 * the main thread's work per filter change at 100,000 papers, and tripled a keystroke's at 1,000.
 */
const ANIMATE_UP_TO_PAPERS = 300;

interface ChartsPanelProps {
  /** Drawing options; tests turn animation off and fix the width. */
  options?: ChartOptions;
}

/**
 * Lays out the chart panels, each behind its own error boundary so that one failure leaves
 * the others working.
 */
export function ChartsPanel({ options = DEFAULT_CHART_OPTIONS }: ChartsPanelProps) {
  const paperCount = useRecordPapers().length;
  const animate = options.animate && paperCount <= ANIMATE_UP_TO_PAPERS;
  const drawingOptions = useMemo(() => ({ ...options, animate }), [options, animate]);

  return (
    <ChartOptionsContext value={drawingOptions}>
      <section className="charts-panel" aria-label="Charts">
        <div className="charts-grid">
          <PanelErrorBoundary panelName="papers per year">
            <PapersPerYearPanel />
          </PanelErrorBoundary>
          <PanelErrorBoundary panelName="category mix">
            <CategoryMixPanel />
          </PanelErrorBoundary>
          <PanelErrorBoundary panelName="score badges">
            <ScorePanel />
          </PanelErrorBoundary>
          <PanelErrorBoundary panelName="citations per year">
            <CitationsPerYearPanel />
          </PanelErrorBoundary>
        </div>
      </section>
    </ChartOptionsContext>
  );
}
