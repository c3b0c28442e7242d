/**
 * Refreshes the committed extracts in data/extracts/ from GMT's data packages (Debian):
 *   apt-get install gmt gmt-gshhg-full gmt-gshhg-high gmt-gshhg-low gmt-dcw
 * For each band of basemap-config.ts: GSHHG shorelines → water polygons, WDBII rivers and
 * canals → waterway lines, DCW province outlines → borders between provinces.
 * Run with `npm run tiles:build -- --extract`; the ordinary build reads the extracts only,
 * so a fresh clone rebuilds the archive without GMT.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as turf from '@turf/turf';
import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import { BANDS, bandBox, EXTRACTS_DIR, PROVINCES, type Band } from './basemap-config';
import type { Box, Position } from './geometry/box';
import { sharedBorders, type Area } from './geometry/shared-borders';
import { assembleWaterPolygons, joinPieces } from './geometry/shore-polygons';
import { parseGmtSegments, segmentLevel } from './gmt-text';

export class GmtMissingError extends Error {
  constructor(cause: unknown) {
    super('GMT is not installed: apt-get install gmt gmt-gshhg-full gmt-gshhg-high gmt-gshhg-low gmt-dcw', { cause });
    this.name = 'GmtMissingError';
  }
}

/** GMT leaves a gmt.history in its working directory: give it a scratch one. */
let scratch: string | null = null;

function gmt(args: string[]): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'gmt-'));
  try {
    return execFileSync('gmt', args, { cwd: scratch, encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new GmtMissingError(err);
    throw err;
  }
}

const region = (b: Box) => `-R${b.west}/${b.east}/${b.south}/${b.north}`;
const round = (v: number) => Math.round(v * 1e6) / 1e6;

/** Round to 1e-6° (0.1 m) and drop the repeated points rounding makes. */
function tidy(points: Position[]): Position[] {
  const out: Position[] = [];
  for (const [x, y] of points) {
    const p: Position = [round(x), round(y)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function waterFeatures(band: Band, box: Box): Feature<Polygon>[] {
  const area = band.minAreaKm2 > 0 ? [`-A${band.minAreaKm2}`] : [];
  const text = gmt(['coast', region(box), `-D${band.gshhg}`, ...area, '-M', '-W']);
  const pieces = parseGmtSegments(text).map((s) => ({ level: segmentLevel(s.header) ?? 0, points: s.points }));
  const { sea, lakes } = assembleWaterPolygons(pieces, box);
  const feature = (kind: string) => (rings: Position[][]): Feature<Polygon> => ({
    type: 'Feature',
    properties: { kind },
    geometry: { type: 'Polygon', coordinates: rings.map(tidy).filter((r) => r.length >= 4) },
  });
  return [...sea.map(feature('sea')), ...lakes.map(feature('lake'))].filter((f) => f.geometry.coordinates.length > 0);
}

/** WDBII classes → our kind and rank (1 major … 4 minor); double-lined rivers are water polygons already. */
const RIVER_CLASSES: Record<number, { kind: 'river' | 'canal'; rank: number }> = {
  1: { kind: 'river', rank: 1 },
  2: { kind: 'river', rank: 2 },
  3: { kind: 'river', rank: 3 },
  4: { kind: 'river', rank: 4 },
  8: { kind: 'canal', rank: 1 },
  9: { kind: 'canal', rank: 2 },
};

function waterwayFeatures(band: Band, box: Box): Feature<LineString>[] {
  const text = gmt(['coast', region(box), `-D${band.gshhg}`, '-M', '-Ia']);
  const byLevel = new Map<number, Position[][]>();
  for (const s of parseGmtSegments(text)) {
    const level = segmentLevel(s.header);
    if (level === null || !band.riverLevels.includes(level) || !RIVER_CLASSES[level]) continue;
    byLevel.set(level, [...(byLevel.get(level) ?? []), s.points]);
  }
  const out: Feature<LineString>[] = [];
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const { chains, rings } = joinPieces(byLevel.get(level)!);
    for (const line of [...chains, ...rings]) {
      const points = tidy(line);
      if (points.length >= 2) out.push({ type: 'Feature', properties: { ...RIVER_CLASSES[level] }, geometry: { type: 'LineString', coordinates: points } });
    }
  }
  return out;
}

function provinceAreas(): Area[] {
  return Object.keys(PROVINCES).map((code) => ({
    code,
    rings: parseGmtSegments(gmt(['coast', `-ECN.${code}`, '-M']))
      .map((s) => s.points)
      .filter((r) => r.length >= 4),
  }));
}

function boundaryFeatures(band: Band, box: Box, areas: Area[]): Feature<LineString>[] {
  const out: Feature<LineString>[] = [];
  for (const border of sharedBorders(areas)) {
    const line = turf.lineString(border.points);
    const clipped = turf.bboxClip(line, [box.west, box.south, box.east, box.north]);
    const parts: Position[][] =
      clipped.geometry.type === 'LineString'
        ? [clipped.geometry.coordinates as Position[]]
        : (clipped.geometry.coordinates as Position[][]);
    for (const part of parts) {
      if (part.length < 2) continue;
      const simple =
        band.borderSimplify > 0
          ? (turf.simplify(turf.lineString(part), { tolerance: band.borderSimplify }).geometry.coordinates as Position[])
          : part;
      const points = tidy(simple);
      if (points.length < 2) continue;
      out.push({
        type: 'Feature',
        properties: { admin_level: 4, kind: 'province', between: border.between.join('|') },
        geometry: { type: 'LineString', coordinates: points },
      });
    }
  }
  return out;
}

/** One feature a line, so a refreshed extract reviews as a readable diff. */
export function formatCollection(features: Feature[]): string {
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function extractAll(): void {
  const version = gmt(['--version']).trim();
  const areas = provinceAreas();
  const packages = execFileSync('dpkg-query', ['-W', '-f', '${Package} ${Version}\\n', 'gmt', 'gmt-gshhg-full', 'gmt-gshhg-high', 'gmt-gshhg-low', 'gmt-dcw'], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n');
  const bands: Record<string, unknown> = {};
  for (const band of BANDS) {
    const box = bandBox(band);
    const dir = join(EXTRACTS_DIR, band.id);
    mkdirSync(dir, { recursive: true });
    const layers: Record<string, Feature[]> = {
      water: waterFeatures(band, box),
      waterway: waterwayFeatures(band, box),
      boundaries: boundaryFeatures(band, box, areas),
    };
    for (const [layer, features] of Object.entries(layers)) {
      writeFileSync(join(dir, `${layer}.geojson`), formatCollection(features));
    }
    bands[band.id] = {
      box,
      commands: [
        `gmt coast ${region(box)} -D${band.gshhg}${band.minAreaKm2 > 0 ? ` -A${band.minAreaKm2}` : ''} -M -W`,
        `gmt coast ${region(box)} -D${band.gshhg} -M -Ia`,
        `gmt coast -ECN.<code> -M`,
      ],
      features: Object.fromEntries(Object.entries(layers).map(([k, v]) => [k, v.length])),
    };
    console.log(`${band.id}: ${Object.entries(layers).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
  }
  const sources = {
    generatedBy: 'tiles/build/extract-gmt.ts',
    gmt: version,
    debianPackages: packages,
    data: [
      { name: 'GSHHG 2.3.7 shorelines (levels 1–4) and WDBII rivers', licence: 'LGPL-3.0-or-later', by: 'P. Wessel and W. H. F. Smith' },
      { name: 'DCW-GMT 2.1.1 province outlines', licence: 'LGPL-3.0-or-later', by: 'P. Wessel (from the Digital Chart of the World)' },
    ],
    bands,
  };
  writeFileSync(join(EXTRACTS_DIR, 'SOURCES.json'), `${JSON.stringify(sources, null, 2)}\n`);
}
