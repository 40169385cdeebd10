import { createRandom, createWeightedPicker, randomInt, zipfWeights } from '../../../../src/domain/synthetic/random';

function draw(seed: number, count: number): number[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random());
}

describe('createRandom', () => {
  it('should repeat its sequence for the same seed', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50));
  });

  it('should give another sequence for another seed', () => {
    expect(draw(42, 50)).not.toEqual(draw(43, 50));
  });

  it('should stay in [0, 1) with a mean near one half', () => {
    const values = draw(7, 20_000);
    const mean = values.reduce((sum, value) => sum + value, 0) / values.length;

    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(mean).toBeGreaterThan(0.49);
    expect(mean).toBeLessThan(0.51);
  });
});

describe('randomInt', () => {
  it('should reach both ends and nothing outside them', () => {
    const random = createRandom(3);
    const seen = new Set(Array.from({ length: 2_000 }, () => randomInt(random, 2, 5)));

    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('createWeightedPicker', () => {
  it('should pick items in proportion to their weights', () => {
    const random = createRandom(11);
    const pick = createWeightedPicker(['rare', 'common'], [1, 3]);
    const picks = Array.from({ length: 40_000 }, () => pick(random));
    const commonShare = picks.filter((item) => item === 'common').length / picks.length;

    expect(commonShare).toBeGreaterThan(0.73);
    expect(commonShare).toBeLessThan(0.77);
  });

  it('should reject a weight list of another length', () => {
    expect(() => createWeightedPicker(['a', 'b'], [1])).toThrow(/one weight per item/);
  });
});

describe('zipfWeights', () => {
  it('should decrease as one over the rank', () => {
    expect(zipfWeights(4, 1)).toEqual([1, 1 / 2, 1 / 3, 1 / 4]);
  });
});
