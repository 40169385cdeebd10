import { describeSortedScores, toScoredPaper, type ScoredPaper, type ScoreDistribution } from './aggregate';
import type { PaperIndex } from './paper-index';

/** Each paper's score chart entry and the rank of its score among the dataset's distinct scores, highest first. */
interface ScoreTable {
  entries: readonly (ScoredPaper | undefined)[];
  /** -1 where the paper has no score. */
  ranks: Int32Array;
  rankCount: number;
}

const scoreTables = new WeakMap<PaperIndex, ScoreTable>();

function buildScoreTable(index: PaperIndex): ScoreTable {
  const entries = index.papers.map((paper) =>
    paper.score === undefined ? undefined : toScoredPaper(paper, paper.score),
  );
  const distinctScores = [...new Set(entries.flatMap((entry) => (entry ? [entry.score] : [])))];
  const rankOfScore = new Map(distinctScores.sort((left, right) => right - left).map((score, rank) => [score, rank]));
  const ranks = Int32Array.from(entries, (entry) => (entry ? (rankOfScore.get(entry.score) ?? -1) : -1));

  return { entries, ranks, rankCount: rankOfScore.size };
}

/** Returns the index's score table, built on first use so that later filter changes read no paper object. */
function getScoreTable(index: PaperIndex): ScoreTable {
  let table = scoreTables.get(index);
  if (!table) {
    table = buildScoreTable(index);
    scoreTables.set(index, table);
  }
  return table;
}

/**
 * Computes the score distribution of the papers at `positions`, given in display order, with the
 * same result as computeScoreDistribution over those papers. A counting sort by score rank keeps
 * the display order among equal scores, as that function's stable sort does.
 */
export function computeVisibleScoreDistribution(index: PaperIndex, positions: Int32Array): ScoreDistribution {
  const { entries, ranks, rankCount } = getScoreTable(index);
  const rankStarts = new Int32Array(rankCount + 1);
  for (const position of positions) {
    const rank = ranks[position] ?? -1;
    if (rank >= 0) rankStarts[rank + 1] = (rankStarts[rank + 1] ?? 0) + 1;
  }
  for (let rank = 0; rank < rankCount; rank++) {
    rankStarts[rank + 1] = (rankStarts[rank + 1] ?? 0) + (rankStarts[rank] ?? 0);
  }

  const scored = new Array<ScoredPaper>(rankStarts[rankCount] ?? 0);
  for (const position of positions) {
    const rank = ranks[position] ?? -1;
    if (rank < 0) continue;

    const slot = rankStarts[rank] ?? 0;
    scored[slot] = entries[position] as ScoredPaper;
    rankStarts[rank] = slot + 1;
  }
  return describeSortedScores(scored, positions.length);
}
