import { describe, expect, it } from 'vitest';
import { readVarint as referenceRead } from 'pmtiles';
import { readVarint, VarintError, writeVarint } from './varint';

const encode = (v: number): number[] => {
  const out: number[] = [];
  writeVarint(out, v);
  return out;
};

describe('varint', () => {
  it('encodes the textbook examples', () => {
    expect(encode(0)).toEqual([0]);
    expect(encode(1)).toEqual([1]);
    expect(encode(127)).toEqual([127]);
    expect(encode(128)).toEqual([0x80, 0x01]);
    expect(encode(300)).toEqual([0xac, 0x02]);
    expect(encode(16384)).toEqual([0x80, 0x80, 0x01]);
  });

  it('round-trips boundaries up to 2^53 − 1 and agrees with the pmtiles reader', () => {
    const values = [0, 1, 127, 128, 255, 2 ** 14 - 1, 2 ** 14, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 2 ** 35 + 7, 2 ** 49 + 3, Number.MAX_SAFE_INTEGER];
    for (const v of values) {
      const bytes = new Uint8Array(encode(v));
      const cursor = { bytes, pos: 0 };
      expect(readVarint(cursor)).toBe(v);
      expect(cursor.pos).toBe(bytes.length);
      expect(referenceRead({ buf: bytes, pos: 0 })).toBe(v);
    }
  });

  it('reads consecutive values', () => {
    const out: number[] = [];
    for (const v of [5, 1000, 0, 2 ** 40]) writeVarint(out, v);
    const cursor = { bytes: new Uint8Array(out), pos: 0 };
    expect([readVarint(cursor), readVarint(cursor), readVarint(cursor), readVarint(cursor)]).toEqual([5, 1000, 0, 2 ** 40]);
  });

  it('rejects negative, fractional and truncated values', () => {
    expect(() => encode(-1)).toThrow(VarintError);
    expect(() => encode(0.5)).toThrow(VarintError);
    expect(() => encode(2 ** 53)).toThrow(VarintError);
    expect(() => readVarint({ bytes: new Uint8Array([0x80, 0x80]), pos: 0 })).toThrow(VarintError);
  });
});
