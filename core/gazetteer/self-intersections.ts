/**
 * Where a line or polygon crosses itself: the points turf's `kinks` finds, in the same order,
 * without comparing every segment with every other. A sweep along x pairs only segments whose
 * boxes overlap, so a county outline of 7,000 positions takes milliseconds instead of a second;
 * that keeps the gazetteer rules cheap enough to run at every start.
 */
import type { LineString, MultiLineString, MultiPolygon, Polygon, Position } from 'geojson';

interface Segment {
  line: number;
  index: number;
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** turf's visiting order: first line, second line, first segment, second segment. */
type Visit = [line1: number, line2: number, i: number, k: number];

export function selfIntersections(geometry: LineString | MultiLineString | Polygon | MultiPolygon): Position[] {
  const lines = linesOf(geometry);
  const segments: Segment[] = [];
  lines.forEach((line, l) => {
    for (let i = 0; i < line.length - 1; i++) {
      const [ax, ay] = line[i];
      const [bx, by] = line[i + 1];
      segments.push({ line: l, index: i, minX: Math.min(ax, bx), maxX: Math.max(ax, bx), minY: Math.min(ay, by), maxY: Math.max(ay, by) });
    }
  });
  segments.sort((a, b) => a.minX - b.minX);

  const visits: Visit[] = [];
  let active: Segment[] = [];
  for (const s of segments) {
    active = active.filter((t) => t.maxX >= s.minX);
    for (const t of active) {
      if (t.maxY < s.minY || s.maxY < t.minY) continue;
      const [a, b] = t.line < s.line || (t.line === s.line && t.index < s.index) ? [t, s] : [s, t];
      if (a.line === b.line) {
        if (a.index !== b.index && !skipsOwnNeighbour(lines[a.line], a.index, b.index)) visits.push([a.line, a.line, a.index, b.index]);
        continue;
      }
      // turf pairs segment i of one line with segments k ≥ i of the other, both ways round
      if (b.index >= a.index) visits.push([a.line, b.line, a.index, b.index]);
      if (a.index >= b.index) visits.push([b.line, a.line, b.index, a.index]);
    }
    active.push(s);
  }
  visits.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3]);

  const points: Position[] = [];
  for (const [l1, l2, i, k] of visits) {
    const hit = crossing(lines[l1][i], lines[l1][i + 1], lines[l2][k], lines[l2][k + 1]);
    if (hit) points.push(hit);
  }
  return points;
}

function linesOf(geometry: LineString | MultiLineString | Polygon | MultiPolygon): Position[][] {
  switch (geometry.type) {
    case 'LineString':
      return [geometry.coordinates];
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates;
    case 'MultiPolygon':
      return geometry.coordinates.flat();
  }
}

/** Neighbouring segments share a position, and so do the first and last of a closed ring. */
function skipsOwnNeighbour(line: Position[], i: number, k: number): boolean {
  if (Math.abs(i - k) === 1) return true;
  const last = line.length - 1;
  return i === 0 && k === line.length - 2 && line[0][0] === line[last][0] && line[0][1] === line[last][1];
}

/** Where segment p1–p2 meets q1–q2 (ends included), computed as turf computes it; null when they do not meet or are parallel. */
function crossing(p1: Position, p2: Position, q1: Position, q2: Position): Position | null {
  const denominator = (q2[1] - q1[1]) * (p2[0] - p1[0]) - (q2[0] - q1[0]) * (p2[1] - p1[1]);
  if (denominator === 0) return null;
  const dy = p1[1] - q1[1];
  const dx = p1[0] - q1[0];
  const along1 = ((q2[0] - q1[0]) * dy - (q2[1] - q1[1]) * dx) / denominator;
  const along2 = ((p2[0] - p1[0]) * dy - (p2[1] - p1[1]) * dx) / denominator;
  if (along1 < 0 || along1 > 1 || along2 < 0 || along2 > 1) return null;
  return [p1[0] + along1 * (p2[0] - p1[0]), p1[1] + along1 * (p2[1] - p1[1])];
}
