import { useActiveDataset, useScoreDistribution } from '../../store/selectors';
import { ChartFigure } from './chart-figure';
import { formatPaperCount } from './chart-format';
import { NO_MATCH_MESSAGE } from './empty-messages';
import { ProfileGauges } from './profile-gauges';
import { ScoreBandLegend } from './score-band-legend';
import { ScoreScale } from './score-scale';
import { ScoreTable } from './score-table';

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

export function ScorePanel() {
  const { scored, bandCounts, unscoredCount } = useScoreDistribution();
  const reported = useActiveDataset()?.profile.reported;

  const emptyMessage = findEmptyMessage(scored.length + unscoredCount, scored.length);
  const unscoredNote = describeUnscored(unscoredCount);

  return (
    <ChartFigure
      title="Score badges"
      hint="Each badge is one paper, placed at its score and colored by band."
      emptyMessage={emptyMessage}
      dataTable={<ScoreTable scored={scored} />}
      footer={<ProfileGauges reported={reported} />}
    >
      <ScoreScale scored={scored} />
      <ScoreBandLegend bandCounts={bandCounts} />
      {unscoredNote && <p className="chart-note">{unscoredNote}</p>}
    </ChartFigure>
  );
}
