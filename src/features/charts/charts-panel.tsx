import { PanelErrorBoundary } from '../../components/panel-error-boundary';
import { CategoryMixPanel } from './category-mix-panel';
import { ChartOptionsContext, DEFAULT_CHART_OPTIONS, type ChartOptions } from './chart-options';
import { CitationsPerYearPanel } from './citations-per-year-panel';
import { PapersPerYearPanel } from './papers-per-year-panel';
import { ScorePanel } from './score-panel';
import './charts.css';

interface ChartsPanelProps {
  /** Drawing options; tests turn animation off and fix the width. */
  options?: ChartOptions;
}

/**
 * Lays out the chart panels, each behind its own error boundary so that one failure leaves
 * the others working.
 */
export function ChartsPanel({ options = DEFAULT_CHART_OPTIONS }: ChartsPanelProps) {
  return (
    <ChartOptionsContext value={options}>
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
