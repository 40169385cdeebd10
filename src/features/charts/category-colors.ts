import { computeCategoryMix, UNCATEGORISED } from '../../domain/query/aggregate';
import { chooseChartCategories } from '../../domain/query/category-groups';
import type { Paper } from '../../domain/model';

/**
 * Mid-tone colors with a contrast of at least 3:1 against both the light surface (#ffffff) and the
 * dark one (#171d24), so that bars and slices stand out in either theme.
 */
const CATEGORY_PALETTE = ['#2f7fd1', '#d9480f', '#12965f', '#9c6ade', '#d6336c', '#0b8fa3', '#9a7b00'] as const;

/**
 * Number of categories the charts draw one by one. The rest share one segment and one slice. It equals the palette's
 * size, so that no two drawn categories share a color.
 */
export const DRAWN_CATEGORIES = CATEGORY_PALETTE.length;

/** Neutral grey for papers without a category and for the grouped categories. It also meets 3:1 in both themes. */
const UNCATEGORISED_COLOR = '#74808e';

export interface CategoryColors {
  /** Categories of the whole dataset, most papers first; charts stack and list categories in this order. */
  order: readonly string[];
  /** Categories the charts add up under OTHER_CATEGORIES, drawn in the neutral grey. */
  grouped: ReadonlySet<string>;
  colorOf: (category: string) => string;
}

const colorsByDataset = new WeakMap<readonly Paper[], CategoryColors>();

/**
 * Assigns each category a color by its rank in the whole dataset, so that a category keeps its
 * color whatever the filters show.
 */
export function getCategoryColors(papers: readonly Paper[]): CategoryColors {
  const cached = colorsByDataset.get(papers);
  if (cached) return cached;

  const order = computeCategoryMix(papers).map((share) => share.category);
  const { grouped } = chooseChartCategories(order, DRAWN_CATEGORIES);
  const colors = new Map<string, string>();
  let rank = 0;
  for (const category of order) {
    if (category === UNCATEGORISED || grouped.has(category)) continue;

    // NOTE: a record of exactly eight named categories groups none, so its eighth repeats the first color.
    colors.set(category, CATEGORY_PALETTE[rank % CATEGORY_PALETTE.length] as string);
    rank += 1;
  }

  const categoryColors: CategoryColors = {
    order,
    grouped,
    colorOf: (category) => colors.get(category) ?? UNCATEGORISED_COLOR,
  };
  colorsByDataset.set(papers, categoryColors);
  return categoryColors;
}
