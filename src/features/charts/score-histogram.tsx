import type { CSSProperties } from 'react';

import { SCORE_BANDS } from '../../domain/query/aggregate';
import type { ScoreBin } from '../../domain/query/score-bins';
import { formatPaperCount } from './chart-format';
import { ScoreAxis } from './score-scale';

function describeBin(bin: ScoreBin): string {
  const meaning = SCORE_BANDS.find((band) => band.id === bin.band)?.meaning ?? '';
  return `Scores ${formatBinRange(bin)}: ${formatPaperCount(bin.count)}, ${meaning}`;
}

/** Formats a bin's range as people read it: "80–81.9", or "98–100" for the last bin. */
export function formatBinRange(bin: ScoreBin): string {
  const upper = bin.max === 100 ? '100' : String(bin.max - 0.1);
  return `${bin.min}–${upper}`;
}

/** Draws how many papers fall in each score range as bars on the 0–100 scale, colored by band. */
export function ScoreHistogram({ bins }: { bins: readonly ScoreBin[] }) {
  const tallest = Math.max(1, ...bins.map((bin) => bin.count));

  return (
    <div className="score-scale is-histogram">
      <ul className="score-bins" aria-label="Scored papers per score range">
        {bins.map((bin) => {
          const description = describeBin(bin);
          return (
            <li
              key={bin.min}
              className={`score-bin band-${bin.band}${bin.count === 0 ? ' is-empty' : ''}`}
              style={{ '--bin-height': `${(bin.count / tallest) * 100}%` } as CSSProperties}
            >
              <span role="img" aria-label={description} title={description} />
            </li>
          );
        })}
      </ul>
      <ScoreAxis />
    </div>
  );
}
