import { describe, expect, it } from 'vitest';
import { memoByObject } from './memo-by-object';

describe('memoByObject', () => {
  it('derives once per object, undefined results included, and apart for another object', () => {
    const calls: object[] = [];
    const derive = memoByObject((key: { n: number }) => (calls.push(key), key.n > 0 ? key.n * 2 : undefined));
    const one = { n: 1 };
    const zero = { n: 0 };
    expect([derive(one), derive(one), derive(zero), derive(zero), derive({ n: 1 })]).toEqual([2, 2, undefined, undefined, 2]);
    expect(calls).toEqual([one, zero, { n: 1 }]);
  });
});
