import { createCategoryCounts, UNCATEGORISED, type CategoryShare, type YearCategoryCounts } from './aggregate';

/** Label of the stack segment that adds up the categories a chart does not draw one by one. */
export const OTHER_CATEGORIES = 'Other categories';

export interface ChartCategories {
  /** Categories drawn one by one, in the order given, then OTHER_CATEGORIES when some are grouped. */
  drawn: string[];
  /** Categories added up under OTHER_CATEGORIES; empty when every category is drawn. */
  grouped: ReadonlySet<string>;
}

/**
 * Chooses the categories a chart draws one by one: the first `limit` named categories of `order`.
 * The rest, papers without a category included, are grouped, unless every category fits
 * once the uncategorised papers' own segment is counted.
 */
export function chooseChartCategories(order: readonly string[], limit: number): ChartCategories {
  if (order.length <= limit + 1) return { drawn: [...order], grouped: new Set() };

  const named = order.filter((category) => category !== UNCATEGORISED);
  const drawn = named.slice(0, limit);
  const drawnSet = new Set(drawn);
  const grouped = new Set(order.filter((category) => !drawnSet.has(category)));
  return { drawn: [...drawn, OTHER_CATEGORIES], grouped };
}

/** Adds up the counts of the grouped categories of each year under OTHER_CATEGORIES. */
export function groupYearCounts(
  counts: readonly YearCategoryCounts[],
  grouped: ReadonlySet<string>,
): YearCategoryCounts[] {
  if (grouped.size === 0) return [...counts];

  return counts.map((row) => {
    const byCategory = createCategoryCounts();
    for (const [category, count] of Object.entries(row.byCategory)) {
      const key = grouped.has(category) ? OTHER_CATEGORIES : category;
      byCategory[key] = (byCategory[key] ?? 0) + count;
    }
    return { year: row.year, total: row.total, byCategory };
  });
}

/**
 * Adds up the shares of the grouped categories into one OTHER_CATEGORIES share, placed after the others. Returns the
 * shares unchanged when at most one of them would be grouped.
 */
export function groupCategoryShares(mix: readonly CategoryShare[], grouped: ReadonlySet<string>): CategoryShare[] {
  const ownShares = mix.filter((share) => !grouped.has(share.category));
  const groupedShares = mix.filter((share) => grouped.has(share.category));
  if (groupedShares.length <= 1) return [...mix];

  const other: CategoryShare = { category: OTHER_CATEGORIES, count: 0, share: 0 };
  for (const share of groupedShares) {
    other.count += share.count;
    other.share += share.share;
  }
  return [...ownShares, other];
}
