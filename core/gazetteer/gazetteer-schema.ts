/**
 * The zod schema of one gazetteer record as stored in geodata/places/<layer>.geojson:
 * a GeoJSON Feature whose properties are GazetteerProperties (types/atlas.ts).
 */
import { z } from 'zod';
import { LAYER_IDS, PRECISIONS, STATUSES } from '../../types/atlas';
import { eventEnding } from './event-names';

const position = z.tuple([z.number().finite(), z.number().finite()]);
const ring = z.array(position);

export const geometrySchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('Point'), coordinates: position }),
  z.strictObject({ type: z.literal('LineString'), coordinates: z.array(position) }),
  z.strictObject({ type: z.literal('MultiLineString'), coordinates: z.array(z.array(position)) }),
  z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(ring) }),
  z.strictObject({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(ring)) }),
]);

const nonEmpty = z.string().trim().min(1);

export const sourceNoteSchema = z.strictObject({
  source: nonEmpty,
  note: nonEmpty.optional(),
});

/** A name the linker may match: never an event's (乌镇峰会 names the summit, not its venue). */
const placeName = nonEmpty.refine((name) => eventEnding(name) === null, {
  error: (issue) => `"${String(issue.input)}" names an event (…${eventEnding(String(issue.input))}), not a place; an event's name must not link to its venue`,
});

/** A published coordinate the geometry must honour (types/atlas.ts ReferenceCoordinate). */
export const referenceCoordinateSchema = z.strictObject({
  name: nonEmpty.optional(),
  lon: z.number().finite(),
  lat: z.number().finite(),
  source: nonEmpty,
});

/** An English search word: lower case, letters, digits, spaces and hyphens. */
const keyword = z.string().regex(/^[a-z0-9][a-z0-9 '&.-]*$/, 'keywords_en are lower-case English words');

export const gazetteerPropertiesSchema = z.strictObject({
  name_zh: placeName,
  name_en: nonEmpty,
  aliases: z.array(placeName),
  contextAliases: z.array(placeName).optional(),
  layer: z.enum(LAYER_IDS),
  category: nonEmpty,
  status: z.enum(STATUSES),
  precision: z.enum(PRECISIONS),
  geometrySource: nonEmpty,
  geometrySource_zh: nonEmpty.optional(),
  statusSource: nonEmpty.optional(),
  sources: z.array(sourceNoteSchema).min(1),
  notes: nonEmpty.optional(),
  notes_zh: nonEmpty.optional(),
  keywords_en: z.array(keyword).optional(),
  references: z.array(referenceCoordinateSchema).min(1).optional(),
});

/** A stable lowercase slug: letters, digits and single hyphens. */
export const RECORD_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const gazetteerRecordSchema = z.strictObject({
  type: z.literal('Feature'),
  id: z.string().regex(RECORD_ID_PATTERN, 'id must be a lowercase slug (a-z, 0-9, single hyphens)'),
  geometry: geometrySchema,
  properties: gazetteerPropertiesSchema,
});

/** One layer file: a FeatureCollection of gazetteer records. */
export const layerFileSchema = z.object({
  type: z.literal('FeatureCollection', 'must be a GeoJSON FeatureCollection'),
  features: z.array(gazetteerRecordSchema),
});
