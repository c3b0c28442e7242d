/**
 * Which places the planner sees: visible layers narrowed by status, precision and the document
 * that cites them. One pure function feeds the map filter, the per-layer counts, the
 * keyboard list of places and the export link, so they can never disagree.
 */
import type { ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import type { AtlasFeature, Precision, Status } from '../../../types/atlas';

export interface FeatureFilter {
  statuses: Status[] | null;
  precisions: Precision[] | null;
  documentId: string | null;
}

export function citedByDocument(feature: AtlasFeature, documentId: string): boolean {
  const prefix = `${documentId}-p`;
  return feature.properties.passageIds.some((id) => id.startsWith(prefix));
}

export function matchesFilter(feature: AtlasFeature, filter: FeatureFilter): boolean {
  const p = feature.properties;
  if (filter.statuses && !filter.statuses.includes(p.status)) return false;
  if (filter.precisions && !filter.precisions.includes(p.precision)) return false;
  if (filter.documentId && !citedByDocument(feature, filter.documentId)) return false;
  return true;
}

export function isFiltering(filter: FeatureFilter): boolean {
  return Boolean(filter.statuses || filter.precisions || filter.documentId);
}

/**
 * The same filter as a MapLibre expression over the flat properties of a vector-tile layer
 * (core/store/layer-tiles.ts: `docs` lists the citing documents between commas), for layers
 * whose features the browser never holds; null when nothing is filtered.
 */
export function filterExpression(filter: FeatureFilter): FilterSpecification | null {
  const parts: ExpressionSpecification[] = [];
  if (filter.statuses) parts.push(['in', ['get', 'status'], ['literal', filter.statuses]]);
  if (filter.precisions) parts.push(['in', ['get', 'precision'], ['literal', filter.precisions]]);
  if (filter.documentId) parts.push(['in', `,${filter.documentId},`, ['get', 'docs']]);
  return parts.length === 0 ? null : parts.length === 1 ? parts[0] : ['all', ...parts];
}

/** The features of the visible layers that pass the filter, in layer order. */
export function visibleFeatures(features: AtlasFeature[], visibleLayers: Set<string>, filter: FeatureFilter): AtlasFeature[] {
  return features.filter((f) => visibleLayers.has(f.properties.layer) && matchesFilter(f, filter));
}

/** Per layer: how many of its features pass the filter. */
export function countsByLayer(features: AtlasFeature[], filter: FeatureFilter): Map<string, number> {
  const counts = new Map<string, number>();
  for (const feature of features) {
    if (!matchesFilter(feature, filter)) continue;
    counts.set(feature.properties.layer, (counts.get(feature.properties.layer) ?? 0) + 1);
  }
  return counts;
}

/** The export URL for what is on screen: the API applies the same filter server-side. */
export function exportUrl(visibleLayers: string[], filter: FeatureFilter, format: 'geojson' | 'csv'): string {
  const params = new URLSearchParams({ layers: visibleLayers.join(','), format });
  if (filter.statuses) params.set('status', filter.statuses.join(','));
  if (filter.precisions) params.set('precision', filter.precisions.join(','));
  if (filter.documentId) params.set('document', filter.documentId);
  return `/api/export?${params.toString()}`;
}
