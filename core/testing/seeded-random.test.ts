import { describe, expect, it } from 'vitest';
import { pick, seededRandom } from './seeded-random';

describe('seededRandom', () => {
  it('gives the same sequence for the same seed, another for another seed, always in [0, 1)', () => {
    const take = (seed: number) => Array.from({ length: 1000 }, seededRandom(seed));
    const first = take(19);
    expect(take(19)).toEqual(first);
    expect(take(20)).not.toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    // spread over the interval, not stuck in a corner of it
    expect(Math.min(...first)).toBeLessThan(0.01);
    expect(Math.max(...first)).toBeGreaterThan(0.99);
  });

  it('picks every item of a list in time, and only items of it', () => {
    const random = seededRandom(1);
    const picked = new Set(Array.from({ length: 200 }, () => pick(random, ['a', 'b', 'c'])));
    expect(picked).toEqual(new Set(['a', 'b', 'c']));
  });
});
