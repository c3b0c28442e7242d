/**
 * The zod schema of one gazetteer record as stored in geodata/places/<layer>.geojson:
 * a GeoJSON Feature whose properties are GazetteerProperties (types/atlas.ts).
 */
import { z } from 'zod';
import { LAYER_IDS, PRECISIONS, STATUSES } from '../../types/atlas';

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

export const gazetteerPropertiesSchema = z.strictObject({
  name_zh: nonEmpty,
  name_en: nonEmpty,
  aliases: z.array(nonEmpty),
  contextAliases: z.array(nonEmpty).optional(),
  layer: z.enum(LAYER_IDS),
  category: nonEmpty,
  status: z.enum(STATUSES),
  precision: z.enum(PRECISIONS),
  geometrySource: nonEmpty,
  statusSource: nonEmpty.optional(),
  sources: z.array(sourceNoteSchema).min(1),
  notes: nonEmpty.optional(),
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
