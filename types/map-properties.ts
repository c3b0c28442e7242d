/**
 * What the map style, its filters and its clicks read from a place: flat values only (vector
 * tiles carry no arrays). Computed by one function for both deliveries — the server's vector
 * tiles (core/store/layer-tiles.ts) and the browser's GeoJSON sources (web/src/map) — so one
 * filter expression and one click decision serve every layer.
 */
import { area } from '@turf/turf';
import type { AtlasFeature, LayerId, Precision, Status } from './atlas';
import { documentIdOfPassage } from './passage-id';

export interface MapProperties {
  id: string;
  name_zh: string;
  name_en: string;
  layer: LayerId;
  category: string;
  status: Status;
  precision: Precision;
  /** the documents citing the place, between commas (`,doc-000,doc-003,`), so `,doc-000,` is a substring test */
  docs: string;
  /** polygons only: area in km², to 0.001 km² (hatching and the smallest-first click order read it) */
  area_km2?: number;
}

/** The fields and their types, for a vector-tile archive's `vector_layers` metadata. */
export const MAP_PROPERTY_FIELDS: Record<keyof MapProperties, 'String' | 'Number'> = {
  id: 'String',
  name_zh: 'String',
  name_en: 'String',
  layer: 'String',
  category: 'String',
  status: 'String',
  precision: 'String',
  docs: 'String',
  area_km2: 'Number',
};

export function mapProperties(feature: AtlasFeature): MapProperties {
  const p = feature.properties;
  const docs = [...new Set(p.passageIds.map(documentIdOfPassage))];
  const out: MapProperties = {
    id: String(feature.id),
    name_zh: p.name_zh,
    name_en: p.name_en,
    layer: p.layer,
    category: p.category,
    status: p.status,
    precision: p.precision,
    docs: `,${docs.join(',')},`,
  };
  if (feature.geometry.type === 'Polygon' || feature.geometry.type === 'MultiPolygon') out.area_km2 = Math.round(area(feature) / 1e3) / 1e3;
  return out;
}

/** The `docs` test of one document, as a substring to look for. */
export const docsNeedle = (documentId: string) => `,${documentId},`;
