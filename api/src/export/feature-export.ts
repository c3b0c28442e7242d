/**
 * Features with their citations, ready to leave the atlas: GeoJSON (citations inside each
 * feature's properties) or CSV (one row per feature: a lon/lat centroid for spreadsheets and the
 * whole geometry as WKT for GIS).
 */
import { centroid } from '@turf/turf';
import type { AtlasFeature, Passage } from '../../../types/atlas';
import { toCsv } from './csv';
import { geometryToWkt } from './geometry-wkt';

export interface Citation {
  passageId: string;
  documentId: string;
  text: string;
}

export function citationsOf(feature: AtlasFeature, passageById: Map<string, Passage>): Citation[] {
  return feature.properties.passageIds.map((id) => {
    const passage = passageById.get(id)!;
    return { passageId: id, documentId: passage.documentId, text: passage.text };
  });
}

export function exportGeoJson(features: AtlasFeature[], passageById: Map<string, Passage>, meta: Record<string, unknown>) {
  return {
    type: 'FeatureCollection' as const,
    metadata: meta,
    features: features.map((feature) => ({
      ...feature,
      properties: { ...feature.properties, citations: citationsOf(feature, passageById) },
    })),
  };
}

export const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'layer',
  'category',
  'status',
  'precision',
  'geometrySource',
  'geometryType',
  'lon',
  'lat',
  'passageIds',
  'passageTexts',
  'wkt',
];

export function exportCsv(features: AtlasFeature[], passageById: Map<string, Passage>): string {
  const rows = features.map((feature) => {
    const p = feature.properties;
    const [lon, lat] = centroid(feature).geometry.coordinates;
    const citations = citationsOf(feature, passageById);
    return [
      feature.id,
      p.name_zh,
      p.name_en,
      p.layer,
      p.category,
      p.status,
      p.precision,
      p.geometrySource,
      feature.geometry.type,
      round6(lon),
      round6(lat),
      citations.map((c) => c.passageId).join(' | '),
      citations.map((c) => `[${c.passageId}] ${c.text}`).join(' | '),
      geometryToWkt(feature.geometry),
    ];
  });
  return toCsv(CSV_COLUMNS, rows);
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
