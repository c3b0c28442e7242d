import { describe, expect, it } from 'vitest';
import { hatchPattern, hexToRgb } from './hatch-pattern';

describe('hatch pattern', () => {
  it('is an RGBA square with opaque diagonal strokes and transparent gaps', () => {
    const image = hatchPattern([0, 158, 115], 12);
    expect(image.data).toHaveLength(12 * 12 * 4);
    const alphaAt = (x: number, y: number) => image.data[(y * 12 + x) * 4 + 3];
    expect(alphaAt(0, 0)).toBe(255);
    expect(alphaAt(11, 1)).toBe(255);
    expect(alphaAt(5, 0)).toBe(0);
  });

  it('parses hex colours', () => {
    expect(hexToRgb('#009E73')).toEqual([0, 158, 115]);
  });
});
