/**
 * Signed distance fields for MapLibre glyphs, computed exactly from the outline (no canvas):
 * each pixel's distance to the nearest outline segment, negative inside (non-zero winding).
 * The encoding matches what MapLibre's shaders expect of glyph PBFs rendered at 24 px:
 * a 3 px border, 8 px of distance across the byte range, the edge at 192.
 */

export type Point = [number, number];
/** closed polylines in pixel units, y growing downwards from the baseline */
export type Contours = Point[][];

export interface SdfGlyph {
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
  /** (width + 2·BORDER) × (height + 2·BORDER) bytes, rows top to bottom; empty for blank glyphs */
  bitmap: Uint8Array;
}

export const FONT_SIZE = 24;
export const BORDER = 3;
const RADIUS = 8;
const CUTOFF = 0.25;

function segmentDistance(px: number, py: number, [ax, ay]: Point, [bx, by]: Point): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Non-zero winding number of the contours around a point. */
export function winding(px: number, py: number, contours: Contours): number {
  let w = 0;
  for (const c of contours) {
    for (let i = 0; i < c.length; i++) {
      const [ax, ay] = c[i];
      const [bx, by] = c[(i + 1) % c.length];
      if (ay <= py) {
        if (by > py && (bx - ax) * (py - ay) - (px - ax) * (by - ay) > 0) w++;
      } else if (by <= py && (bx - ax) * (py - ay) - (px - ax) * (by - ay) < 0) w--;
    }
  }
  return w;
}

/**
 * Rasterise contours (pixels at FONT_SIZE, baseline at y = 0, y down) into an SDF glyph.
 * `ascender` (px) turns the glyph's top into MapLibre's convention: top edge relative to
 * the line's ascender, as fontnik writes it.
 */
export function sdfGlyph(contours: Contours, advance: number, ascender: number): SdfGlyph {
  const pts = contours.flat();
  if (pts.length === 0) {
    return { width: 0, height: 0, left: 0, top: -ascender, advance: Math.round(advance), bitmap: new Uint8Array(0) };
  }
  const minX = Math.floor(Math.min(...pts.map((p) => p[0])));
  const maxX = Math.ceil(Math.max(...pts.map((p) => p[0])));
  const minY = Math.floor(Math.min(...pts.map((p) => p[1])));
  const maxY = Math.ceil(Math.max(...pts.map((p) => p[1])));
  const width = maxX - minX;
  const height = maxY - minY;
  const w = width + 2 * BORDER;
  const h = height + 2 * BORDER;
  const bitmap = new Uint8Array(w * h);
  const segments: Array<[Point, Point]> = [];
  for (const c of contours) for (let i = 0; i < c.length; i++) segments.push([c[i], c[(i + 1) % c.length]]);
  for (let row = 0; row < h; row++) {
    const py = minY - BORDER + row + 0.5;
    for (let col = 0; col < w; col++) {
      const px = minX - BORDER + col + 0.5;
      let d = Infinity;
      for (const [a, b] of segments) d = Math.min(d, segmentDistance(px, py, a, b));
      const signed = winding(px, py, contours) !== 0 ? -d : d;
      bitmap[row * w + col] = Math.max(0, Math.min(255, Math.round(255 - 255 * (signed / RADIUS + CUTOFF))));
    }
  }
  // top: distance from the ascender line down to the glyph's top edge, negated
  return { width, height, left: minX, top: -minY - ascender, advance: Math.round(advance), bitmap };
}
