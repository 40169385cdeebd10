import type { ScoreDistribution } from '../../domain/query/aggregate';
import { formatPaperCount } from './chart-format';

/** Lists the score bands with their range, meaning and number of papers. */
export function ScoreBandLegend({ bandCounts }: { bandCounts: ScoreDistribution['bandCounts'] }) {
  return (
    <ul className="score-legend" aria-label="Score bands">
      {bandCounts.map(({ band, count }) => (
        <li key={band.id} className="legend-item">
          <span className={`chart-swatch band-${band.id}`} aria-hidden="true" />
          <span>
            <strong>{band.meaning}</strong> {band.label}
          </span>{' '}
          <span className="legend-figures">· {formatPaperCount(count)}</span>
        </li>
      ))}
    </ul>
  );
}
