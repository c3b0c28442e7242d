import { describe, expect, it } from 'vitest';
import { latToTileY, lonToTileX, snapToTiles, tileRange, tileXToLon, tileYToLat } from './box';

describe('box and tile grid', () => {
  it('converts between degrees and tile coordinates', () => {
    expect(lonToTileX(-180, 3)).toBe(0);
    expect(lonToTileX(0, 1)).toBe(1);
    expect(tileXToLon(13, 4)).toBe(112.5);
    expect(latToTileY(0, 2)).toBeCloseTo(2, 12);
    expect(tileYToLat(latToTileY(30.7461, 14), 14)).toBeCloseTo(30.7461, 10);
  });

  it('snaps a box to whole tiles whose range is exactly those tiles', () => {
    const box = snapToTiles({ west: 119.5, south: 29.9, east: 122.1, north: 31.9 }, 11);
    expect(box.west).toBeLessThanOrEqual(119.5);
    expect(box.north).toBeGreaterThanOrEqual(31.9);
    const r11 = tileRange(box, 11);
    const r12 = tileRange(box, 12);
    expect(r12.maxX - r12.minX + 1).toBe(2 * (r11.maxX - r11.minX + 1));
    expect(r12.maxY - r12.minY + 1).toBe(2 * (r11.maxY - r11.minY + 1));
    const one = tileRange(snapToTiles({ west: 113, south: 23, east: 134, north: 40 }, 4), 4);
    expect(one).toEqual({ minX: 13, maxX: 13, minY: 6, maxY: 6 });
  });
});
