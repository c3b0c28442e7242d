/** A longitude/latitude rectangle and the tile-grid arithmetic the basemap bands are cut by. */

export interface Box {
  west: number;
  south: number;
  east: number;
  north: number;
}

export type Position = [number, number];

export function lonToTileX(lon: number, z: number): number {
  return ((lon + 180) / 360) * 2 ** z;
}

export function latToTileY(lat: number, z: number): number {
  const r = (lat * Math.PI) / 180;
  return ((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z;
}

export function tileXToLon(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

export function tileYToLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/** The x and y tile ranges (inclusive) at zoom z that cover a box. */
export function tileRange(box: Box, z: number): { minX: number; maxX: number; minY: number; maxY: number } {
  const last = 2 ** z - 1;
  const clamp = (v: number) => Math.max(0, Math.min(last, v));
  // a box edge that lies on a tile edge (up to rounding) does not pull in the next tile
  const eps = 1e-6;
  return {
    minX: clamp(Math.floor(lonToTileX(box.west, z) + eps)),
    maxX: clamp(Math.ceil(lonToTileX(box.east, z) - eps) - 1),
    minY: clamp(Math.floor(latToTileY(box.north, z) + eps)),
    maxY: clamp(Math.ceil(latToTileY(box.south, z) - eps) - 1),
  };
}

/**
 * The smallest box made of whole tiles of zoom z that contains `box`, rounded to 1e-9°
 * so it prints the same in GMT's -R and in our JSON. Every tile of zoom ≥ z inside it is
 * then fully covered by data cut to this box.
 */
export function snapToTiles(box: Box, z: number): Box {
  const r = tileRange(box, z);
  const round = (v: number) => Math.round(v * 1e9) / 1e9;
  return {
    west: round(tileXToLon(r.minX, z)),
    east: round(tileXToLon(r.maxX + 1, z)),
    north: round(tileYToLat(r.minY, z)),
    south: round(tileYToLat(r.maxY + 1, z)),
  };
}

export function boxContains(box: Box, [x, y]: Position): boolean {
  return x >= box.west && x <= box.east && y >= box.south && y <= box.north;
}
