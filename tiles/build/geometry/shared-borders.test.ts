import { describe, expect, it } from 'vitest';
import type { Position } from './box';
import { sharedBorders } from './shared-borders';

const square = (x0: number, y0: number, x1: number, y1: number, step = 0.1): Position[] => {
  const pts: Position[] = [];
  for (let x = x0; x < x1 - 1e-9; x += step) pts.push([x, y0]);
  for (let y = y0; y < y1 - 1e-9; y += step) pts.push([x1, y]);
  for (let x = x1; x > x0 + 1e-9; x -= step) pts.push([x, y1]);
  for (let y = y1; y > y0 + 1e-9; y -= step) pts.push([x0, y]);
  pts.push([x0, y0]);
  return pts.map(([x, y]) => [Math.round(x * 1e6) / 1e6, Math.round(y * 1e6) / 1e6]);
};

describe('shared borders', () => {
  it('keeps only the stretch two areas share, once, and drops the coasts', () => {
    // two unit squares side by side; the right one digitised with other vertices, slightly off
    const left = { code: 'A', rings: [square(0, 0, 1, 1)] };
    const right = { code: 'B', rings: [square(1.001, 0.05, 2, 1.05, 0.07)] };
    const borders = sharedBorders([right, left], { tolerance: 0.01 });
    expect(borders).toHaveLength(1);
    expect(borders[0].between).toEqual(['A', 'B']);
    const xs = borders[0].points.map((p) => p[0]);
    expect(Math.min(...xs)).toBe(1);
    expect(Math.max(...xs)).toBe(1);
    const ys = borders[0].points.map((p) => p[1]);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ys)).toBeLessThanOrEqual(1);
  });

  it('finds nothing between areas apart by more than the tolerance', () => {
    expect(sharedBorders([{ code: 'A', rings: [square(0, 0, 1, 1)] }, { code: 'B', rings: [square(1.2, 0, 2, 1)] }])).toEqual([]);
  });
});
