import type { CategoryShare } from '../../domain/query/aggregate';
import { findCategoryName, formatShare } from './chart-format';

/** Lists the category mix's numbers: each category's paper count and share. */
export function CategoryMixTable({ mix }: { mix: readonly CategoryShare[] }) {
  const total = mix.reduce((sum, share) => sum + share.count, 0);

  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>Papers per category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Papers</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {mix.map((share) => {
            const name = findCategoryName(share.category);
            return (
              <tr key={share.category}>
                <th scope="row" className="text-cell">
                  {share.category}
                  {name && <span className="category-name"> {name}</span>}
                </th>
                <td>{share.count}</td>
                <td>{formatShare(share.share)}</td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            <td>{total}</td>
            <td>100%</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
