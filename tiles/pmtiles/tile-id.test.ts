import { describe, expect, it } from 'vitest';
import { zxyToTileId as referenceId } from 'pmtiles';
import { firstTileIdOfZoom, tileIdToZxy, TileIdError, zxyToTileId } from './tile-id';

describe('tile id', () => {
  it('numbers zoom levels one after another', () => {
    expect(zxyToTileId(0, 0, 0)).toBe(0);
    expect(zxyToTileId(1, 0, 0)).toBe(1);
    expect(zxyToTileId(1, 0, 1)).toBe(2);
    expect(zxyToTileId(1, 1, 1)).toBe(3);
    expect(zxyToTileId(1, 1, 0)).toBe(4);
    expect(firstTileIdOfZoom(2)).toBe(5);
  });

  it('round-trips every tile of z0–z8 and ids are dense and unique', () => {
    let expected = 0;
    const seen = new Uint8Array(firstTileIdOfZoom(9));
    for (let z = 0; z <= 8; z++) {
      const n = 2 ** z;
      for (let x = 0; x < n; x++) {
        for (let y = 0; y < n; y++) {
          const id = zxyToTileId(z, x, y);
          expect(seen[id]).toBe(0);
          seen[id] = 1;
          const back = tileIdToZxy(id);
          if (back.z !== z || back.x !== x || back.y !== y) {
            throw new Error(`${z}/${x}/${y} → ${id} → ${back.z}/${back.x}/${back.y}`);
          }
          expected++;
        }
      }
    }
    expect(seen.reduce((a, b) => a + b, 0)).toBe(expected);
  });

  it('agrees with the pmtiles reader, also at high zooms where ids exceed 32 bits', () => {
    const samples: Array<[number, number, number]> = [
      [4, 13, 6],
      [12, 3419, 1678],
      [14, 13677, 6712],
      [18, 218837, 107404],
      [26, 2 ** 26 - 1, 2 ** 26 - 1],
      [26, 12345678, 7654321],
    ];
    for (const [z, x, y] of samples) {
      const id = zxyToTileId(z, x, y);
      expect(id).toBe(referenceId(z, x, y));
      expect(tileIdToZxy(id)).toEqual({ z, x, y });
    }
  });

  it('rejects tiles outside their zoom and bad ids', () => {
    expect(() => zxyToTileId(2, 4, 0)).toThrow(TileIdError);
    expect(() => zxyToTileId(27, 0, 0)).toThrow(TileIdError);
    expect(() => zxyToTileId(3, -1, 0)).toThrow(TileIdError);
    expect(() => tileIdToZxy(-1)).toThrow(TileIdError);
    expect(() => tileIdToZxy(1.5)).toThrow(TileIdError);
  });
});
