/**
 * The basemap's place labels: data/places.geojson, one point per name with its provenance.
 * A record that breaks the rules fails the build, naming the file and the record's id.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Position } from './geometry/box';

/** settlements, airports, and water bodies (sea, bay, lake, or `water` for a river's wide reach) */
export const PLACE_KINDS = ['city', 'county', 'town', 'village', 'airport', 'sea', 'bay', 'lake', 'water'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];
export const WATER_KINDS: readonly PlaceKind[] = ['sea', 'bay', 'lake', 'water'];

const placeSchema = z.object({
  type: z.literal('Feature'),
  id: z.string().regex(/^[a-z0-9-]+$/),
  properties: z.object({
    name_zh: z.string().min(1),
    name_en: z.string().min(1),
    kind: z.enum(PLACE_KINDS),
    rank: z.number().int().min(1).max(5),
    min_zoom: z.number().int().min(0).max(14),
    source: z.string().min(10),
  }),
  geometry: z.object({
    type: z.literal('Point'),
    // WGS84 over East Asia: catches swapped lon/lat
    coordinates: z.tuple([z.number().min(100).max(140), z.number().min(15).max(45)]),
  }),
});

export interface Place {
  id: string;
  name_zh: string;
  name_en: string;
  kind: PlaceKind;
  rank: number;
  min_zoom: number;
  source: string;
  coordinates: Position;
}

export class PlaceRecordError extends Error {
  constructor(
    readonly file: string,
    readonly recordId: string,
    detail: string,
  ) {
    super(`${file}: place "${recordId}": ${detail}`);
    this.name = 'PlaceRecordError';
  }
}

export function parsePlaces(text: string, file: string): Place[] {
  const data = JSON.parse(text) as { features?: unknown[] };
  if (!Array.isArray(data.features)) throw new PlaceRecordError(file, '(file)', 'has no features array');
  const seen = new Set<string>();
  return data.features.map((raw, i) => {
    const id = typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : `#${i}`;
    const parsed = placeSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new PlaceRecordError(file, id, `${issue.path.join('.')}: ${issue.message}`);
    }
    if (seen.has(id)) throw new PlaceRecordError(file, id, 'id used twice');
    seen.add(id);
    const { properties, geometry } = parsed.data;
    return { id, ...properties, coordinates: geometry.coordinates as Position };
  });
}

export function loadPlaces(file: string): Place[] {
  return parsePlaces(readFileSync(file, 'utf8'), file);
}
