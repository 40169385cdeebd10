import type { PaperIndex } from './paper-index';

/** Matching papers per category id of an index. */
export interface CategoryTally {
  counts: Int32Array;
  /** Position of each category's first matching paper, so that results can list categories in source order. */
  firstPositions: Int32Array;
  matchCount: number;
}

/** Counts the papers that `matches` accepts, per category id, in one pass over the index. */
export function tallyCategories(index: PaperIndex, matches: (position: number) => boolean): CategoryTally {
  const { categoryIds } = index;
  const counts = new Int32Array(index.categories.length);
  const firstPositions = new Int32Array(index.categories.length);
  let matchCount = 0;

  for (let position = 0; position < categoryIds.length; position++) {
    if (!matches(position)) continue;

    const id = categoryIds[position] ?? 0;
    if (counts[id] === 0) firstPositions[id] = position;
    counts[id] = (counts[id] ?? 0) + 1;
    matchCount += 1;
  }
  return { counts, firstPositions, matchCount };
}

/**
 * Lists the category ids with at least one paper in `counts`, ordered by their first paper. It
 * serves the year-by-category counts too, whose cells of one year form a slice of `counts`.
 */
export function listCountedIds(counts: Int32Array, firstPositions: Int32Array): number[] {
  const ids: number[] = [];
  counts.forEach((count, id) => {
    if (count > 0) ids.push(id);
  });
  return ids.sort((left, right) => (firstPositions[left] ?? 0) - (firstPositions[right] ?? 0));
}

/**
 * Sums the tally per key, in the order of each key's first matching paper. Categories that map
 * to one key add up, such as a missing category and one named like the key for it.
 */
export function sumTallyByKey(
  index: PaperIndex,
  tally: CategoryTally,
  keyOf: (category: string | undefined) => string,
): Map<string, number> {
  const sums = new Map<string, number>();
  for (const id of listCountedIds(tally.counts, tally.firstPositions)) {
    const key = keyOf(index.categories[id]);
    sums.set(key, (sums.get(key) ?? 0) + (tally.counts[id] ?? 0));
  }
  return sums;
}
