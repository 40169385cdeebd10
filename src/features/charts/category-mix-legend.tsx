import type { CategoryShare } from '../../domain/query/aggregate';
import { UNCATEGORISED } from '../../domain/query/aggregate';
import { CategoryCode } from './category-code';
import { formatPaperCount, formatShare } from './chart-format';

interface CategoryMixLegendProps {
  mix: readonly CategoryShare[];
  colorOf: (category: string) => string;
  selectedCategory?: string;
  onSelectCategory: (category: string) => void;
}

function ShareLabel({ share, color }: { share: CategoryShare; color: string }) {
  return (
    <>
      <span className="chart-swatch" style={{ background: color }} aria-hidden="true" />
      <CategoryCode category={share.category} />
      <span className="legend-figures" aria-hidden="true">
        {share.count} · {formatShare(share.share)}
      </span>
      <span className="visually-hidden">
        : {formatPaperCount(share.count)}, {formatShare(share.share)}
      </span>
    </>
  );
}

/**
 * Lists each category with its count and share. Each is a toggle button that selects the category as
 * its slice does, except papers without a category, which the filters cannot select.
 */
export function CategoryMixLegend({ mix, colorOf, selectedCategory, onSelectCategory }: CategoryMixLegendProps) {
  return (
    <ul className="category-legend is-vertical" aria-label="Categories">
      {mix.map((share) => {
        const label = <ShareLabel share={share} color={colorOf(share.category)} />;
        const dimmed = selectedCategory !== undefined && share.category !== selectedCategory;

        return (
          <li key={share.category} className={dimmed ? 'is-dimmed' : undefined}>
            {share.category === UNCATEGORISED ? (
              <span className="legend-item">{label}</span>
            ) : (
              <button
                type="button"
                className="legend-item legend-toggle"
                aria-pressed={share.category === selectedCategory}
                onClick={() => onSelectCategory(share.category)}
              >
                <span className="visually-hidden">Filter to</span>{' '}
                {label}
              </button>
            )}
          </li>
        );
      })}
    </ul>
  );
}
