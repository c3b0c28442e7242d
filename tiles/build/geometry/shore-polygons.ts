/**
 * Turns GSHHG shoreline pieces, as `gmt coast -M -W -R<box>` dumps them, into water polygons.
 *
 * GMT cuts every shoreline at its 1° bins and at the box: pieces of one shoreline meet end to
 * start at identical coordinates. GSHHG keeps land on the left of every shoreline (level 1
 * land and level 3 islands-in-lakes wind counter-clockwise, level 2 lakes and level 4 ponds
 * clockwise). So we join pieces into chains, reverse them to put water on the left, and close
 * each chain that ends on the box by walking the box edge counter-clockwise to the next chain.
 */
import type { Box, Position } from './box';

export interface ShorePiece {
  /** GSHHG level: 1 ocean shore, 2 lake shore, 3 island in lake, 4 pond in island */
  level: number;
  points: Position[];
}

/** A polygon as GeoJSON rings: one counter-clockwise outer ring, then clockwise holes. */
export type PolygonRings = Position[][];

export interface WaterPolygons {
  /** the sea: the box less the land */
  sea: PolygonRings[];
  /** lakes and double-lined rivers (less their islands), and ponds */
  lakes: PolygonRings[];
}

export interface AssembleOptions {
  /** what the box is when no ocean shore crosses it: all sea or all land */
  uncutBoxIsSea?: boolean;
  /** how close (degrees) an end must be to the box edge to count as on it */
  epsilon?: number;
}

export class ShoreAssemblyError extends Error {
  constructor(
    message: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'ShoreAssemblyError';
  }
}

const key = ([x, y]: Position) => `${x},${y}`;
const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** Join pieces that continue one another (end of one = start of the next) into maximal chains. */
export function joinPieces(pieces: readonly Position[][]): { rings: Position[][]; chains: Position[][] } {
  const open: Array<Position[] | null> = [];
  const rings: Position[][] = [];
  for (const p of pieces) {
    if (p.length < 2) continue;
    if (same(p[0], p[p.length - 1]) && p.length >= 4) rings.push([...p]);
    else open.push([...p]);
  }
  const byStart = new Map<string, number[]>();
  open.forEach((c, i) => {
    const k = key(c![0]);
    byStart.set(k, [...(byStart.get(k) ?? []), i]);
  });
  for (let i = 0; i < open.length; i++) {
    let chain = open[i];
    if (!chain) continue;
    // extend this chain forward while some other open chain starts where it ends
    for (;;) {
      const candidates: number[] = (byStart.get(key(chain[chain.length - 1])) ?? []).filter((j) => j !== i && open[j]);
      if (candidates.length === 0) break;
      const j: number = candidates[0];
      chain = chain.concat(open[j]!.slice(1));
      open[j] = null;
      open[i] = chain;
      if (same(chain[0], chain[chain.length - 1])) break;
    }
    if (same(chain[0], chain[chain.length - 1])) {
      rings.push(chain);
      open[i] = null;
    }
  }
  return { rings, chains: open.filter((c): c is Position[] => c !== null) };
}

/** Twice the signed area (positive = counter-clockwise). */
export function ringArea2(ring: readonly Position[]): number {
  let a = 0;
  for (let i = 1; i < ring.length; i++) a += ring[i - 1][0] * ring[i][1] - ring[i][0] * ring[i - 1][1];
  return a;
}

export function pointInRing([x, y]: Position, ring: readonly Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Position of a point on the box edge, counter-clockwise from the south-west corner. */
function perimeterPosition(box: Box, [x, y]: Position, eps: number): number | null {
  const w = box.east - box.west;
  const h = box.north - box.south;
  if (Math.abs(y - box.south) <= eps) return x - box.west;
  if (Math.abs(x - box.east) <= eps) return w + (y - box.south);
  if (Math.abs(y - box.north) <= eps) return w + h + (box.east - x);
  if (Math.abs(x - box.west) <= eps) return 2 * w + h + (box.north - y);
  return null;
}

/**
 * Close chains that run from box edge to box edge (water on their left) into
 * counter-clockwise rings, walking the edge counter-clockwise from each exit to the next entry.
 */
export function closeAlongBox(chains: readonly Position[][], box: Box, eps = 1e-7): Position[][] {
  const w = box.east - box.west;
  const h = box.north - box.south;
  const perimeter = 2 * (w + h);
  const corners: Array<[number, Position]> = [
    [w, [box.east, box.south]],
    [w + h, [box.east, box.north]],
    [2 * w + h, [box.west, box.north]],
    [perimeter, [box.west, box.south]],
  ];
  const located = chains.map((points) => {
    const start = perimeterPosition(box, points[0], eps);
    const end = perimeterPosition(box, points[points.length - 1], eps);
    if (start === null || end === null) {
      throw new ShoreAssemblyError(
        `a shoreline chain ends inside the box, not on its edge: ${JSON.stringify([points[0], points[points.length - 1]])}`,
        points,
      );
    }
    return { points, start, end };
  });
  const used = new Set<number>();
  const rings: Position[][] = [];
  for (let first = 0; first < located.length; first++) {
    if (used.has(first)) continue;
    const ring: Position[] = [];
    let current = first;
    for (let guard = 0; guard <= located.length; guard++) {
      used.add(current);
      ring.push(...located[current].points);
      const exit = located[current].end;
      // the next entry counter-clockwise from here (the first chain too: that closes the ring)
      let next = -1;
      let bestGap = Infinity;
      for (let j = 0; j < located.length; j++) {
        if (used.has(j) && j !== first) continue;
        const gap = (((located[j].start - exit) % perimeter) + perimeter) % perimeter;
        if (gap < bestGap) {
          bestGap = gap;
          next = j;
        }
      }
      const passed: Array<[number, Position]> = [];
      for (const [t, corner] of corners) {
        for (const lap of [t, t + perimeter]) {
          const along = lap - exit;
          if (along > eps && along < bestGap - eps) passed.push([along, corner]);
        }
      }
      passed.sort((a, b) => a[0] - b[0]);
      for (const [, corner] of passed) ring.push(corner);
      if (next === first) break;
      current = next;
    }
    if (!same(ring[0], ring[ring.length - 1])) ring.push(ring[0]);
    rings.push(ring);
  }
  return rings;
}

function boxRing(box: Box): Position[] {
  return [
    [box.west, box.south],
    [box.east, box.south],
    [box.east, box.north],
    [box.west, box.north],
    [box.west, box.south],
  ];
}

/** Put each hole into the first outer ring that contains it. */
function nestHoles(outers: Position[][], holes: Position[][], what: string): PolygonRings[] {
  const polygons: PolygonRings[] = outers.map((o) => [o]);
  for (const hole of holes) {
    const probe = hole[0];
    const home = polygons.find((p) => pointInRing(probe, p[0]));
    if (!home) throw new ShoreAssemblyError(`${what} at ${JSON.stringify(probe)} lies in no water polygon`, probe);
    home.push(hole);
  }
  return polygons;
}

export function assembleWaterPolygons(pieces: readonly ShorePiece[], box: Box, options: AssembleOptions = {}): WaterPolygons {
  const eps = options.epsilon ?? 1e-7;
  const levels = (wanted: number[]) => pieces.filter((p) => wanted.includes(p.level)).map((p) => p.points);
  const reverse = (r: Position[]) => [...r].reverse();

  // the sea: level-1 shores, reversed so the sea is on their left
  const shore = joinPieces(levels([1]));
  const seaOuter = shore.chains.length
    ? closeAlongBox(shore.chains.map(reverse), box, eps)
    : options.uncutBoxIsSea
      ? [boxRing(box)]
      : [];
  const islands = shore.rings.map(reverse).filter((r) => ringArea2(r) < 0);
  const sea = seaOuter.length ? nestHoles(seaOuter, islands, 'an island') : [];

  // lakes: level-2 shores with their level-3 islands; a lake cut by the box closes along it
  const lakeShore = joinPieces(levels([2, 3]));
  const lakeOuter = [
    ...closeAlongBox(lakeShore.chains.map(reverse), box, eps),
    ...lakeShore.rings.map(reverse).filter((r) => ringArea2(r) > 0),
  ];
  const lakeIslands = lakeShore.rings.map(reverse).filter((r) => ringArea2(r) < 0);
  const lakes = nestHoles(lakeOuter, lakeIslands, 'an island in a lake');

  // ponds on islands in lakes (level 4) stand alone
  const ponds = joinPieces(levels([4]));
  const pondRings = [...closeAlongBox(ponds.chains.map(reverse), box, eps), ...ponds.rings.map(reverse)];
  for (const r of pondRings) lakes.push([ringArea2(r) > 0 ? r : reverse(r)]);

  return { sea, lakes };
}
