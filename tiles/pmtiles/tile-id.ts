/**
 * PMTiles v3 tile ids: a tile's position on the Hilbert curve of its zoom level,
 * offset by the number of tiles in all lower zoom levels, so ids ascend z0 → z1 → …
 * and neighbouring tiles get nearby ids (good for clustering and run-length coding).
 */

/** Above z26 the ids no longer fit in a double without loss. */
export const MAX_ZOOM = 26;

export class TileIdError extends Error {
  constructor(
    message: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'TileIdError';
  }
}

export interface TileCoord {
  z: number;
  x: number;
  y: number;
}

/** Number of tiles in zoom levels 0 … z-1, i.e. the first id of zoom z: (4^z − 1) / 3. */
export function firstTileIdOfZoom(z: number): number {
  return (Math.pow(4, z) - 1) / 3;
}

export function zxyToTileId(z: number, x: number, y: number): number {
  if (!Number.isInteger(z) || z < 0 || z > MAX_ZOOM) {
    throw new TileIdError(`zoom ${z} is outside 0…${MAX_ZOOM}`, { z, x, y });
  }
  const n = 2 ** z;
  if (!Number.isInteger(x) || !Number.isInteger(y) || x < 0 || y < 0 || x >= n || y >= n) {
    throw new TileIdError(`tile ${z}/${x}/${y} is outside zoom ${z}`, { z, x, y });
  }
  let d = 0;
  let tx = x;
  let ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (tx & s) > 0 ? 1 : 0;
    const ry = (ty & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    [tx, ty] = rotateQuadrant(n, tx, ty, rx, ry);
  }
  return firstTileIdOfZoom(z) + d;
}

export function tileIdToZxy(id: number): TileCoord {
  if (!Number.isSafeInteger(id) || id < 0) {
    throw new TileIdError(`tile id ${id} is not a non-negative safe integer`, id);
  }
  let z = 0;
  while (z < MAX_ZOOM && firstTileIdOfZoom(z + 1) <= id) z++;
  const d0 = id - firstTileIdOfZoom(z);
  const n = 2 ** z;
  if (d0 >= n * n) throw new TileIdError(`tile id ${id} is beyond zoom ${MAX_ZOOM}`, id);
  // arithmetic instead of bit operators: d exceeds 32 bits from z16 on
  let d = d0;
  let x = 0;
  let y = 0;
  for (let s = 1; s < n; s *= 2) {
    const rx = Math.floor(d / 2) % 2;
    const ry = (d % 2) ^ rx;
    [x, y] = rotateQuadrant(s, x, y, rx, ry);
    x += s * rx;
    y += s * ry;
    d = Math.floor(d / 4);
  }
  return { z, x, y };
}

/**
 * Reflect and transpose so each sub-square is walked in the curve's orientation.
 * `size` only has to exceed the coordinates' significant bits: callers pass the square's size.
 */
function rotateQuadrant(size: number, x: number, y: number, rx: number, ry: number): [number, number] {
  if (ry !== 0) return [x, y];
  if (rx === 1) return [size - 1 - y, size - 1 - x];
  return [y, x];
}
