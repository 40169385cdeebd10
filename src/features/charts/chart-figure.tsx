import { useId, useState, type ReactNode } from 'react';

interface ChartFigureProps {
  title: string;
  /** One line under the title on how to read or use the chart. */
  hint?: string;
  /** Shown in place of the chart and its data when there is nothing to draw. */
  emptyMessage?: string;
  /** The chart's numbers as a table, revealed by the "Show data" button. */
  dataTable: ReactNode;
  /** Content that stays visible even in the empty state, such as profile-level figures. */
  footer?: ReactNode;
  children: ReactNode;
}

/** Frames one chart as a figure with its caption, an empty state and a "Show data" toggle for its table. */
export function ChartFigure({ title, hint, emptyMessage, dataTable, footer, children }: ChartFigureProps) {
  const titleId = useId();
  const dataId = useId();
  const [showsData, setShowsData] = useState(false);

  return (
    <figure className="panel chart-figure" aria-labelledby={titleId}>
      <figcaption className="chart-caption">
        <h2 id={titleId} className="chart-title">
          {title}
        </h2>
        {hint && !emptyMessage && <p className="chart-hint">{hint}</p>}
      </figcaption>

      {emptyMessage ? (
        <p className="chart-empty">{emptyMessage}</p>
      ) : (
        <>
          {children}
          <button
            type="button"
            className="chart-data-toggle"
            aria-expanded={showsData}
            aria-controls={dataId}
            onClick={() => setShowsData((shown) => !shown)}
          >
            {showsData ? 'Hide data' : 'Show data'}
            <span className="visually-hidden">: {title}</span>
          </button>
          {/* The table is built only when shown, because a large record's tables would slow every change. */}
          <div id={dataId} className="chart-data" hidden={!showsData}>
            {showsData && dataTable}
          </div>
        </>
      )}

      {footer}
    </figure>
  );
}
