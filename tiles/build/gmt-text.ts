/**
 * Reads GMT's multi-segment ASCII output (`gmt coast -M …`): segments start with a `>` header
 * line (e.g. "> Shore Bin # 21360, Level 1", ">  Zhejiang (China) Segment 3"), then one
 * "lon<TAB>lat" line per point.
 */
import type { Position } from './geometry/box';

export interface GmtSegment {
  header: string;
  points: Position[];
}

export class GmtTextError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
    this.name = 'GmtTextError';
  }
}

export function parseGmtSegments(text: string): GmtSegment[] {
  const segments: GmtSegment[] = [];
  let current: GmtSegment | null = null;
  const lines = text.split(/\r?\n/);
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('>')) {
      current = { header: line.slice(1).trim(), points: [] };
      segments.push(current);
      continue;
    }
    const [lon, lat] = line.split(/\s+/).map(Number);
    if (!current || !Number.isFinite(lon) || !Number.isFinite(lat)) {
      throw new GmtTextError(`line ${i + 1} is not "lon lat" inside a segment: ${JSON.stringify(raw)}`, i + 1);
    }
    current.points.push([lon, lat]);
  }
  return segments.filter((s) => s.points.length > 0);
}

/** The GSHHG level named in a shoreline or river header ("… Level 2", "River Level 8"), or null. */
export function segmentLevel(header: string): number | null {
  const m = /Level (\d+)/.exec(header);
  return m ? Number(m[1]) : null;
}
