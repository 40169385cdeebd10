import { describeCategory } from '../../domain/categories';
import { formatCount } from '../../domain/format';
import { UNCATEGORISED } from '../../domain/query/aggregate';

/** Formats a fraction from 0 to 1 as a whole percentage: "53%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

export function formatPaperCount(count: number): string {
  return count === 1 ? '1 paper' : `${formatCount(count)} papers`;
}

/** Returns the readable name of a category, or undefined when the code is all there is to show. */
export function findCategoryName(category: string): string | undefined {
  if (category === UNCATEGORISED) return 'No category given';

  const name = describeCategory(category);
  return name === category ? undefined : name;
}

export function formatScore(score: number): string {
  return Number.isInteger(score) ? String(score) : score.toFixed(1);
}
