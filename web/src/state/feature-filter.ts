/**
 * Which places the planner sees: visible layers narrowed by the shared filter
 * (types/feature-filter.ts). One filter feeds the map (as one expression for every layer), the
 * per-layer counts, the keyboard list of places and the export link, so they cannot disagree.
 */
import type { AtlasFeature } from '../../../types/atlas';
import { FeatureFilter } from '../../../types/feature-filter';
import type { HashState } from './url-hash';

export { FeatureFilter };

/** The filter the hash describes (`status=`, `precision=`, `doc=`); layers are shown or hidden apart. */
export function filterOfHash(view: Pick<HashState, 'status' | 'precision' | 'doc'>): FeatureFilter {
  return new FeatureFilter({ statuses: view.status, precisions: view.precision, documents: view.doc ? [view.doc] : null });
}

/** The features of the visible layers that pass the filter, in layer order. */
export function visibleFeatures(features: AtlasFeature[], visibleLayers: Set<string>, filter: FeatureFilter): AtlasFeature[] {
  return features.filter((f) => visibleLayers.has(f.properties.layer) && filter.matches(f));
}

/** Per layer: how many of its features pass the filter. */
export function countsByLayer(features: AtlasFeature[], filter: FeatureFilter): Map<string, number> {
  const counts = new Map<string, number>();
  for (const feature of features) {
    if (!filter.matches(feature)) continue;
    counts.set(feature.properties.layer, (counts.get(feature.properties.layer) ?? 0) + 1);
  }
  return counts;
}

/** The export URL for what is on screen: the API applies the same filter server-side. */
export function exportUrl(visibleLayers: string[], filter: FeatureFilter, format: 'geojson' | 'csv'): string {
  const params = filter.withLayers(visibleLayers).toQuery();
  params.set('format', format);
  return `/api/export?${params.toString()}`;
}
