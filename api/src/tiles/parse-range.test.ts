import { describe, expect, it } from 'vitest';
import { contentRange, parseRange, unsatisfiedRange, type RangeResult } from './parse-range';

const size = 1000;
const single = (start: number, end: number): RangeResult => ({ kind: 'single', range: { start, end } });
const ignore: RangeResult = { kind: 'ignore' };
const unsatisfiable: RangeResult = { kind: 'unsatisfiable' };

describe('parseRange', () => {
  const cases: Array<[string | undefined, RangeResult]> = [
    [undefined, ignore],
    ['bytes=0-0', single(0, 0)],
    ['bytes=0-499', single(0, 499)],
    ['bytes=500-', single(500, 999)],
    ['bytes=999-999', single(999, 999)],
    ['bytes=-1', single(999, 999)],
    ['bytes=-500', single(500, 999)],
    ['bytes=-5000', single(0, 999)],
    ['bytes=900-5000', single(900, 999)],
    ['bytes=0-99999999999999999999999', single(0, 999)],
    ['BYTES=0-9', single(0, 9)],
    ['bytes = 0-9', ignore],
    ['bytes=0-9 , 20-29', { kind: 'multiple', ranges: [{ start: 0, end: 9 }, { start: 20, end: 29 }] }],
    ['bytes=000-009', single(0, 9)],
    ['bytes=,0-9,', single(0, 9)],
    ['bytes=-0', unsatisfiable],
    ['bytes=1000-', unsatisfiable],
    ['bytes=1000-2000', unsatisfiable],
    ['bytes=99999999999999999999-', unsatisfiable],
    ['bytes=1000-,-0', unsatisfiable],
    ['bytes=5-2', ignore],
    ['bytes=abc', ignore],
    ['bytes=1-2-3', ignore],
    ['bytes=0 - 9', ignore],
    ['bytes=', ignore],
    ['bytes', ignore],
    ['items=0-9', ignore],
    ['bytes=0-9,x', ignore],
    ['bytes=+1-2', ignore],
    ['bytes=0x10-', ignore],
  ];
  it.each(cases)('%s', (header, expected) => {
    expect(parseRange(header, size)).toEqual(expected);
  });

  it('returns every satisfiable range of a multi-range request', () => {
    expect(parseRange('bytes=0-0, -1', size)).toEqual({ kind: 'multiple', ranges: [{ start: 0, end: 0 }, { start: 999, end: 999 }] });
    expect(parseRange('bytes=0-9,2000-', size)).toEqual({ kind: 'multiple', ranges: [{ start: 0, end: 9 }] });
  });

  it('finds nothing satisfiable in an empty representation', () => {
    expect(parseRange('bytes=0-0', 0)).toEqual(unsatisfiable);
    expect(parseRange('bytes=-1', 0)).toEqual(unsatisfiable);
  });

  it('formats Content-Range', () => {
    expect(contentRange({ start: 0, end: 0 }, 1000)).toBe('bytes 0-0/1000');
    expect(unsatisfiedRange(1000)).toBe('bytes */1000');
  });
});
