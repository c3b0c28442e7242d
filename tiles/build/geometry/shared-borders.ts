/**
 * Land borders between neighbouring areas, from their outlines: the stretches of one area's
 * outline that run within `tolerance` of a neighbour's outline. Coasts (no neighbour) drop
 * out, and each border is emitted once (by the area whose code sorts first). The outlines
 * need not share vertices: DCW provinces are digitised separately.
 */
import type { Position } from './box';

export interface Area {
  code: string;
  rings: Position[][];
}

export interface Border {
  /** the two areas' codes, in sort order */
  between: [string, string];
  points: Position[];
}

export interface SharedBorderOptions {
  /** degrees; how far apart two outlines may run and still be one border */
  tolerance?: number;
  /** vertices with no neighbour tolerated inside a border run before it is cut */
  maxGap?: number;
}

interface Segment {
  code: string;
  a: Position;
  b: Position;
}

function distanceToSegment([px, py]: Position, [ax, ay]: Position, [bx, by]: Position): number {
  const kx = Math.cos((py * Math.PI) / 180); // shrink longitudes to keep distances isotropic
  const dx = (bx - ax) * kx;
  const dy = by - ay;
  const qx = (px - ax) * kx;
  const qy = py - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (qx * dx + qy * dy) / len2));
  return Math.hypot(qx - t * dx, qy - t * dy);
}

class SegmentGrid {
  private readonly cells = new Map<string, Segment[]>();
  constructor(private readonly cell: number) {}

  private cellKey(ix: number, iy: number) {
    return `${ix}:${iy}`;
  }

  add(seg: Segment, pad: number) {
    const x0 = Math.floor((Math.min(seg.a[0], seg.b[0]) - pad) / this.cell);
    const x1 = Math.floor((Math.max(seg.a[0], seg.b[0]) + pad) / this.cell);
    const y0 = Math.floor((Math.min(seg.a[1], seg.b[1]) - pad) / this.cell);
    const y1 = Math.floor((Math.max(seg.a[1], seg.b[1]) + pad) / this.cell);
    for (let ix = x0; ix <= x1; ix++) {
      for (let iy = y0; iy <= y1; iy++) {
        const k = this.cellKey(ix, iy);
        const list = this.cells.get(k);
        if (list) list.push(seg);
        else this.cells.set(k, [seg]);
      }
    }
  }

  near(p: Position): Segment[] {
    return this.cells.get(this.cellKey(Math.floor(p[0] / this.cell), Math.floor(p[1] / this.cell))) ?? [];
  }
}

export function sharedBorders(areas: readonly Area[], options: SharedBorderOptions = {}): Border[] {
  const tolerance = options.tolerance ?? 0.004;
  const maxGap = options.maxGap ?? 2;
  const grid = new SegmentGrid(Math.max(tolerance * 4, 0.01));
  for (const area of areas) {
    for (const ring of area.rings) {
      for (let i = 1; i < ring.length; i++) grid.add({ code: area.code, a: ring[i - 1], b: ring[i] }, tolerance);
    }
  }

  const borders: Border[] = [];
  const sorted = [...areas].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  for (const area of sorted) {
    for (const ring of area.rings) {
      const closed = ring.length > 2 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1];
      const pts = closed ? ring.slice(0, -1) : ring;
      const neighbour = pts.map((p) => {
        let best: string | null = null;
        let bestD = tolerance;
        for (const s of grid.near(p)) {
          if (s.code === area.code) continue;
          const d = distanceToSegment(p, s.a, s.b);
          if (d <= bestD) {
            bestD = d;
            best = s.code;
          }
        }
        // only the area that sorts first emits the border
        return best !== null && area.code < best ? best : null;
      });
      fillGaps(neighbour, maxGap, closed);
      borders.push(...runsOf(pts, neighbour, closed, area.code));
    }
  }
  return borders;
}

/** Bridge short gaps (≤ maxGap vertices) between stretches with the same neighbour. */
function fillGaps(neighbour: Array<string | null>, maxGap: number, circular: boolean) {
  const n = neighbour.length;
  for (let i = 0; i < n; i++) {
    if (neighbour[i] === null) continue;
    for (let gap = 1; gap <= maxGap + 1; gap++) {
      const j = circular ? (i + gap) % n : i + gap;
      if (!circular && j >= n) break;
      if (neighbour[j] === null) continue;
      if (neighbour[j] === neighbour[i] && gap > 1) {
        for (let k = 1; k < gap; k++) neighbour[circular ? (i + k) % n : i + k] = neighbour[i];
      }
      break;
    }
  }
}

function runsOf(pts: Position[], neighbour: Array<string | null>, circular: boolean, code: string): Border[] {
  const n = pts.length;
  if (n === 0) return [];
  // start a closed ring where the neighbour changes, so no run wraps around the start
  let start = 0;
  if (circular) {
    const change = neighbour.findIndex((v, i) => v !== neighbour[(i + n - 1) % n]);
    if (change === -1) {
      const other = neighbour[0];
      return other ? [{ between: [code, other], points: [...pts, pts[0]] }] : [];
    }
    start = change;
  }
  const runs: Border[] = [];
  let current: { other: string; points: Position[] } | null = null;
  const flush = () => {
    if (current && current.points.length >= 2) runs.push({ between: [code, current.other], points: current.points });
    current = null;
  };
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    const other = neighbour[i];
    if (other === null) {
      flush();
    } else if (current && current.other === other) {
      current.points.push(pts[i]);
    } else {
      flush();
      current = { other, points: [pts[i]] };
    }
  }
  flush();
  return runs;
}
