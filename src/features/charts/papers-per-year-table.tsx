import type { YearCategoryCounts } from '../../domain/query/aggregate';
import { CategoryCode } from './category-code';

interface PapersPerYearTableProps {
  counts: readonly YearCategoryCounts[];
  categories: readonly string[];
  selectedYear?: number;
  onSelectYear: (year: number) => void;
}

/** Lists the year chart's numbers, with a toggle button per year that selects it as the bars do. */
export function PapersPerYearTable({ counts, categories, selectedYear, onSelectYear }: PapersPerYearTableProps) {
  const categoryTotals = categories.map((category) =>
    counts.reduce((total, row) => total + (row.byCategory[category] ?? 0), 0),
  );
  const grandTotal = counts.reduce((total, row) => total + row.total, 0);

  return (
    <div className="chart-table-scroll">
      <table className="chart-table">
        <caption>Papers per year and category</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {categories.map((category) => (
              <th key={category} scope="col">
                <CategoryCode category={category} />
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {counts.map((row) => (
            <tr key={row.year} className={row.year === selectedYear ? 'is-selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="chart-table-toggle"
                  aria-pressed={row.year === selectedYear}
                  onClick={() => onSelectYear(row.year)}
                >
                  <span className="visually-hidden">Filter to</span> {row.year}
                </button>
              </th>
              {categories.map((category) => (
                <td key={category}>{row.byCategory[category] ?? 0}</td>
              ))}
              <td>{row.total}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Total</th>
            {categoryTotals.map((total, position) => (
              <td key={categories[position]}>{total}</td>
            ))}
            <td>{grandTotal}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
