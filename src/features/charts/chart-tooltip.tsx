export interface TooltipRow {
  label: string;
  value: string;
  color?: string;
}

interface ChartTooltipBoxProps {
  title: string;
  rows: readonly TooltipRow[];
}

/** Tooltip body drawn with the theme's surface and text colors, so it reads in light and dark mode. */
export function ChartTooltipBox({ title, rows }: ChartTooltipBoxProps) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      {rows.length > 0 && (
        <ul className="chart-tooltip-rows">
          {rows.map((row) => (
            <li key={row.label}>
              {row.color && <span className="chart-swatch" style={{ background: row.color }} aria-hidden="true" />}
              <span>{row.label}</span>
              <span className="chart-tooltip-value">{row.value}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
