/** A seeded source of uniform numbers in [0, 1). The same seed gives the same sequence on every platform. */
export type Random = () => number;

/**
 * Creates a mulberry32 generator: 32 bits of state, fast, and good enough for test data. It is not suitable for
 * anything that needs unpredictable numbers.
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), state | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** Returns a whole number from `min` to `max`, both included. */
export function randomInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

export function pickOne<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

export function chance(random: Random, probability: number): boolean {
  return random() < probability;
}

/** Returns the Zipf weights 1/rank^exponent for ranks 1…count. */
export function zipfWeights(count: number, exponent: number): number[] {
  return Array.from({ length: count }, (_unused, position) => 1 / (position + 1) ** exponent);
}

/** Builds a picker that returns `items[i]` with probability proportional to `weights[i]`, in O(log n) per pick. */
export function createWeightedPicker<T>(items: readonly T[], weights: readonly number[]): (random: Random) => T {
  if (items.length === 0 || items.length !== weights.length) {
    throw new Error(`A weighted picker needs one weight per item (${items.length} items, ${weights.length} weights).`);
  }

  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) {
    total += weight;
    cumulative.push(total);
  }

  return (random) => {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] as number) <= target) low = middle + 1;
      else high = middle;
    }
    return items[low] as T;
  };
}
