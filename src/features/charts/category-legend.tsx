import { CategoryCode } from './category-code';

interface CategoryLegendProps {
  categories: readonly string[];
  colorOf: (category: string) => string;
}

/** Lists categories with their chart colors. */
export function CategoryLegend({ categories, colorOf }: CategoryLegendProps) {
  return (
    <ul className="category-legend" aria-label="Categories">
      {categories.map((category) => (
        <li key={category} className="legend-item">
          <span className="chart-swatch" style={{ background: colorOf(category) }} aria-hidden="true" />
          <CategoryCode category={category} />
        </li>
      ))}
    </ul>
  );
}
