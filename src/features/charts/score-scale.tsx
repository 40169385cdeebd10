import { useMemo, type CSSProperties } from 'react';

import type { ScoredPaper } from '../../domain/query/aggregate';
import { SCORE_BANDS } from '../../domain/query/aggregate';
import { cleanTexText } from '../../domain/text';
import { placeBadges } from './badge-lanes';
import { formatScore } from './chart-format';

/** Above this many scored papers the badges shrink to dots without a number, so that they fit side by side. */
const COMPACT_ABOVE = 24;
/** Minimum distance between two badges on one row, in score points. A badge is about 11 points wide on a phone. */
const BADGE_GAP = 12;
const DOT_GAP = 5;
const MAX_LANES = 8;

function describeBadge(paper: ScoredPaper): string {
  const meaning = SCORE_BANDS.find((band) => band.id === paper.band)?.meaning ?? '';
  return `${cleanTexText(paper.title)}: score ${formatScore(paper.score)}, ${meaning}`;
}

/** Draws each scored paper as a badge at its score on a 0–100 scale with the score bands behind it. */
export function ScoreScale({ scored }: { scored: readonly ScoredPaper[] }) {
  const compact = scored.length > COMPACT_ABOVE;
  const badges = useMemo(
    () => placeBadges(scored, compact ? DOT_GAP : BADGE_GAP, MAX_LANES),
    [scored, compact],
  );
  const laneCount = Math.max(1, ...badges.map((badge) => badge.lane + 1));

  return (
    <div className={compact ? 'score-scale is-compact' : 'score-scale'}>
      <ul
        className="score-badges"
        aria-label="Scored papers"
        style={{ '--lane-count': laneCount } as CSSProperties}
      >
        {badges.map((badge) => {
          const description = describeBadge(badge);
          return (
            <li
              key={badge.id}
              className={`score-badge band-${badge.band}`}
              style={{ left: `${clampScore(badge.score)}%`, '--lane': badge.lane } as CSSProperties}
            >
              <span role="img" aria-label={description} title={description}>
                {/* Rounding down keeps the number inside its band's range: 79.6 shows 79, not 80. */}
                {compact ? null : Math.floor(badge.score)}
              </span>
            </li>
          );
        })}
      </ul>
      <ScoreAxis />
    </div>
  );
}

/** Draws the 0–100 score axis: the bands as a colored track and the band limits as ticks. */
export function ScoreAxis() {
  return (
    <>
      <div className="score-track" aria-hidden="true">
        {[...SCORE_BANDS].reverse().map((band) => (
          <span
            key={band.id}
            className={`score-track-band band-${band.id}`}
            style={{ flexGrow: bandWidth(band.min) }}
          />
        ))}
      </div>
      <div className="score-ticks" aria-hidden="true">
        {[0, ...SCORE_BANDS.map((band) => band.min).filter((min) => min > 0), 100].map((tick) => (
          <span key={tick} style={{ left: `${tick}%` }}>
            {tick}
          </span>
        ))}
      </div>
    </>
  );
}

function clampScore(score: number): number {
  return Math.min(100, Math.max(0, score));
}

/** Width of a band on the scale, in score points: from its minimum to the next band's minimum, or to 100. */
function bandWidth(min: number): number {
  const next = SCORE_BANDS.map((band) => band.min)
    .filter((other) => other > min)
    .sort((left, right) => left - right)[0];
  return (next ?? 100) - min;
}
