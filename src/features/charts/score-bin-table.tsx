import { SCORE_BANDS } from '../../domain/query/aggregate';
import type { ScoreBin } from '../../domain/query/score-bins';
import { formatCount } from '../../domain/format';
import { formatBinRange } from './score-histogram';

/** Lists the score histogram's numbers: the papers in each score range that has any, highest range first. */
export function ScoreBinTable({ bins }: { bins: readonly ScoreBin[] }) {
  const filled = bins.filter((bin) => bin.count > 0).reverse();

  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>Scored papers per score range, highest first</caption>
        <thead>
          <tr>
            <th scope="col">Scores</th>
            <th scope="col">Papers</th>
            <th scope="col">Band</th>
          </tr>
        </thead>
        <tbody>
          {filled.map((bin) => (
            <tr key={bin.min}>
              <th scope="row">{formatBinRange(bin)}</th>
              <td>{formatCount(bin.count)}</td>
              <td className="text-cell">{SCORE_BANDS.find((band) => band.id === bin.band)?.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
