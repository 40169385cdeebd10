import { memo, useMemo } from 'react';

import type { ScoredPaper } from '../../domain/query/aggregate';
import { countScoreBins, type ScoreBin } from '../../domain/query/score-bins';
import { useActiveDataset } from '../../store/selectors';
import { useScoreChartData } from './chart-data';
import { ChartFigure } from './chart-figure';
import { formatPaperCount } from './chart-format';
import { NO_MATCH_MESSAGE } from './empty-messages';
import { ProfileGauges } from './profile-gauges';
import { ScoreBandLegend } from './score-band-legend';
import { ScoreBinTable } from './score-bin-table';
import { ScoreHistogram } from './score-histogram';
import { ScoreScale } from './score-scale';
import { ScoreTable } from './score-table';

/** Above this many scored papers the chart counts papers per score range instead of drawing one badge each. */
export const BADGES_UP_TO = 300;
/** Width of a histogram bar in score points; it divides 20, so that each bar stays inside one band. */
const BIN_WIDTH = 2;

interface ScoreViewProps {
  scored: readonly ScoredPaper[];
  /** Papers per score range, counted only above BADGES_UP_TO scored papers. */
  bins?: readonly ScoreBin[];
}

function findEmptyMessage(paperCount: number, scoredCount: number): string | undefined {
  if (paperCount === 0) return NO_MATCH_MESSAGE;
  if (scoredCount === 0) return 'None of the matching papers has a score.';
  return undefined;
}

function describeUnscored(unscoredCount: number): string | undefined {
  if (unscoredCount === 0) return undefined;
  return unscoredCount === 1
    ? '1 paper without a score is not drawn.'
    : `${formatPaperCount(unscoredCount)} without a score are not drawn.`;
}

/** Draws the scored papers as badges, or as a histogram when `bins` are given because there are too many badges. */
const ScoreDrawing = memo(function ScoreDrawing({ scored, bins }: ScoreViewProps) {
  return bins ? <ScoreHistogram bins={bins} /> : <ScoreScale scored={scored} />;
});

function ScoreData({ scored, bins }: ScoreViewProps) {
  return bins ? <ScoreBinTable bins={bins} /> : <ScoreTable scored={scored} />;
}

export function ScorePanel() {
  const { scored, bandCounts, unscoredCount } = useScoreChartData();
  const bins = useMemo(() => (scored.length > BADGES_UP_TO ? countScoreBins(scored, BIN_WIDTH) : undefined), [scored]);
  const reported = useActiveDataset()?.profile.reported;

  const emptyMessage = findEmptyMessage(scored.length + unscoredCount, scored.length);
  const unscoredNote = describeUnscored(unscoredCount);
  const hint =
    bins
      ? `Each bar counts the papers in a ${BIN_WIDTH}-point score range, colored by band.`
      : 'Each badge is one paper, placed at its score and colored by band.';

  return (
    <ChartFigure
      title="Score badges"
      hint={hint}
      emptyMessage={emptyMessage}
      dataTable={<ScoreData scored={scored} bins={bins} />}
      footer={<ProfileGauges reported={reported} />}
    >
      <ScoreDrawing scored={scored} bins={bins} />
      <ScoreBandLegend bandCounts={bandCounts} />
      {unscoredNote && <p className="chart-note">{unscoredNote}</p>}
    </ChartFigure>
  );
}
