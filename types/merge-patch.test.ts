import { describe, expect, it } from 'vitest';
import { applyMergePatch, jsonEqual, mergePatch } from './merge-patch';

describe('applyMergePatch', () => {
  // the examples of RFC 7396, appendix A
  const cases: [unknown, unknown, unknown][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [['a', 'b'], ['c', 'd'], ['c', 'd']],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ];
  it.each(cases)('%j patched with %j is %j', (target, patch, expected) => {
    expect(applyMergePatch(target, patch)).toEqual(expected);
  });

  it('leaves the target untouched', () => {
    const target = { properties: { status: 'planned', aliases: ['a'] } };
    applyMergePatch(target, { properties: { status: 'existing' } });
    expect(target).toEqual({ properties: { status: 'planned', aliases: ['a'] } });
  });
});

describe('mergePatch', () => {
  it('is undefined for equal values, whatever the key order', () => {
    expect(mergePatch({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBeUndefined();
  });

  it('carries only what changed; a removed key becomes null; arrays are replaced whole', () => {
    const before = { a: 1, b: { c: 2, d: 3 }, e: [1, 2], f: 'x' };
    const after = { a: 1, b: { c: 2, d: 4 }, e: [1, 2, 3], g: true };
    const patch = mergePatch(before, after);
    expect(patch).toEqual({ b: { d: 4 }, e: [1, 2, 3], f: null, g: true });
    expect(applyMergePatch(before, patch)).toEqual(after);
  });

  it('round-trips RFC 7396 cases: applying the patch gives the target', () => {
    const pairs: [unknown, unknown][] = [
      [{ a: 'b' }, { a: 'c' }],
      [{ a: 'b' }, { a: 'b', b: 'c' }],
      [{ a: { b: 'c' } }, { a: { b: 'd', c: 'e' } }],
      [{ a: [{ b: 'c' }] }, { a: [1] }],
      [['a', 'b'], ['c', 'd']],
      [{ a: 'foo' }, 'bar'],
      [{ e: null }, { e: null, a: 1 }],
    ];
    for (const [before, after] of pairs) expect(applyMergePatch(before, mergePatch(before, after))).toEqual(after);
  });
});

describe('jsonEqual', () => {
  it('compares objects by their members, whatever the key order, and arrays item by item', () => {
    expect(jsonEqual({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(jsonEqual([1, 2], [2, 1])).toBe(false);
    expect(jsonEqual({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: null })).toBe(false);
  });
});
