import type { ScoredPaper } from '../../domain/query/aggregate';
import { SCORE_BANDS } from '../../domain/query/aggregate';
import { cleanTexText } from '../../domain/text';
import { formatScore } from './chart-format';

/** Lists the score chart's numbers: each scored paper with its score and band, highest first. */
export function ScoreTable({ scored }: { scored: readonly ScoredPaper[] }) {
  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>Scored papers, highest score first</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Score</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {scored.map((paper) => (
            <tr key={paper.id}>
              <th scope="row" className="text-cell">
                {cleanTexText(paper.title)}
              </th>
              <td>{formatScore(paper.score)}</td>
              <td className="text-cell">{SCORE_BANDS.find((band) => band.id === paper.band)?.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
