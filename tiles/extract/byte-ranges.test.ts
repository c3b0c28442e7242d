import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeSpans } from './byte-ranges';

describe('mergeSpans', () => {
  it('joins spans that touch or lie within the gap, keeps far ones apart', () => {
    expect(mergeSpans([{ offset: 100, length: 10 }, { offset: 0, length: 50 }, { offset: 50, length: 50 }, { offset: 10_000, length: 5 }], { maxGapBytes: 0 })).toEqual([
      { offset: 0, length: 110 },
      { offset: 10_000, length: 5 },
    ]);
    expect(mergeSpans([{ offset: 0, length: 10 }, { offset: 30, length: 10 }], { maxGapBytes: 20 })).toEqual([{ offset: 0, length: 40 }]);
    expect(mergeSpans([{ offset: 0, length: 10 }, { offset: 31, length: 10 }], { maxGapBytes: 20 })).toHaveLength(2);
  });

  it('reads a tile stored once for many entries once', () => {
    expect(mergeSpans([{ offset: 5, length: 3 }, { offset: 5, length: 3 }, { offset: 5, length: 3 }])).toEqual([{ offset: 5, length: 3 }]);
  });

  it('keeps requests under the size limit unless one span alone is larger', () => {
    const spans = Array.from({ length: 10 }, (_, i) => ({ offset: i * 100, length: 100 }));
    expect(mergeSpans(spans, { maxRequestBytes: 300 }).map((r) => r.length)).toEqual([300, 300, 300, 100]);
    expect(mergeSpans([{ offset: 0, length: 1000 }], { maxRequestBytes: 10 })).toEqual([{ offset: 0, length: 1000 }]);
  });

  it('covers every span, with ranges sorted and apart, for any input', () => {
    const span = fc.record({ offset: fc.nat(100_000), length: fc.integer({ min: 1, max: 5000 }) });
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), fc.nat(2000), fc.integer({ min: 1, max: 20_000 }), (spans, maxGapBytes, maxRequestBytes) => {
        const ranges = mergeSpans(spans, { maxGapBytes, maxRequestBytes });
        for (const s of spans) expect(ranges.some((r) => r.offset <= s.offset && s.offset + s.length <= r.offset + r.length)).toBe(true);
        for (let i = 1; i < ranges.length; i++) expect(ranges[i].offset).toBeGreaterThan(ranges[i - 1].offset + ranges[i - 1].length - 1);
      }),
    );
  });
});
