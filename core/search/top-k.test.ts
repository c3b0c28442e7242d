import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TopK, topK } from './top-k';

describe('topK', () => {
  it('is the head of the full sort, for any items and any k', () => {
    const byValueThenId = (a: [number, number], b: [number, number]) => b[0] - a[0] || a[1] - b[1];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5, max: 5 })), fc.integer({ min: 0, max: 30 }), (values, k) => {
        const items = values.map((value, id): [number, number] => [value, id]);
        expect(topK(items, k, byValueThenId)).toEqual([...items].sort(byValueThenId).slice(0, k));
      }),
      { seed: 18, numRuns: 300 },
    );
  });

  it('says when it is full and which item it would drop first', () => {
    const kept = new TopK(2, (a: number, b: number) => a - b);
    kept.offer(5);
    expect(kept.full()).toBe(false);
    kept.offer(1);
    kept.offer(3);
    expect(kept.full()).toBe(true);
    expect(kept.worst()).toBe(3);
    expect(kept.sorted()).toEqual([1, 3]);
  });

  it('returns nothing for k of 0 and everything, sorted, for a k past the end', () => {
    const ascending = (a: number, b: number) => a - b;
    expect(topK([3, 1, 2], 0, ascending)).toEqual([]);
    expect(topK([3, 1, 2], 10, ascending)).toEqual([1, 2, 3]);
  });
});
