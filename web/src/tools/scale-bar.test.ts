import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from './scale-bar';

describe('metresPerPixel', () => {
  it('matches the Web Mercator resolution of a 512-pixel world', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78271.517, 2);
    expect(metresPerPixel(10, 0)).toBeCloseTo(76.437, 2);
    expect(metresPerPixel(10, 60)).toBeCloseTo(76.437 / 2, 2);
  });
});

describe('scaleBar', () => {
  it('picks the longest 1–2–5 length that fits', () => {
    expect(scaleBar(100, 120)).toEqual({ metres: 10000, widthPx: 100, label: '10 km' });
    expect(scaleBar(100, 99)).toMatchObject({ metres: 5000, label: '5 km' });
    expect(scaleBar(1, 250)).toMatchObject({ metres: 200, widthPx: 200, label: '200 m' });
  });

  it('never draws a bar longer than asked, at any zoom', () => {
    for (let zoom = 4; zoom <= 18; zoom += 0.5) {
      const bar = scaleBar(metresPerPixel(zoom, 30.74), 150);
      expect(bar.widthPx).toBeLessThanOrEqual(150);
      expect(bar.widthPx).toBeGreaterThan(150 / 5);
    }
  });
});
