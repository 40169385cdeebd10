import { useId } from 'react';

import type { ReportedFigures } from '../../domain/model';

/** Upper half of a circle in a 100 × 56 view box; pathLength 100 lets the dash length be the value itself. */
const ARC_PATH = 'M 8 50 A 42 42 0 0 1 92 50';

interface GaugeProps {
  label: string;
  /** Value on a 0–100 scale. */
  value: number;
  unit?: string;
}

/** Draws a half-circle meter from 0 to 100. */
function Gauge({ label, value, unit = '' }: GaugeProps) {
  const labelId = useId();
  const drawn = Math.min(100, Math.max(0, value));
  const text = `${value}${unit}`;

  return (
    <div className="gauge">
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuenow={value}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuetext={text}
      >
        <svg viewBox="0 0 100 56" className="gauge-arc" aria-hidden="true">
          <path className="gauge-track" d={ARC_PATH} pathLength={100} />
          <path className="gauge-value" d={ARC_PATH} pathLength={100} strokeDasharray={`${drawn} 100`} />
        </svg>
        <span className="gauge-number" aria-hidden="true">
          {text}
        </span>
      </div>
      <span id={labelId} className="gauge-label">
        {label}
      </span>
    </div>
  );
}

/**
 * Shows the profile's reported Novelty and AI Score as gauges. They describe the whole profile, so
 * they stay the same whatever the filters.
 */
export function ProfileGauges({ reported }: { reported: ReportedFigures | undefined }) {
  const titleId = useId();
  const { noveltyPercent, aiScore } = reported ?? {};

  if (noveltyPercent === undefined && aiScore === undefined) return null;

  return (
    <section className="gauges" aria-labelledby={titleId}>
      <h3 id={titleId} className="gauges-title">
        Reported for the whole profile
      </h3>
      <div className="gauges-row">
        {noveltyPercent !== undefined && <Gauge label="Novelty" value={noveltyPercent} unit="%" />}
        {aiScore !== undefined && <Gauge label="AI Score" value={aiScore} />}
      </div>
    </section>
  );
}
