/**
 * What the map shows, derived from the hash and the loaded layers: the visible layers, the
 * filter, the places that pass it (for the map, the counts and the keyboard list).
 */
import { useMemo } from 'react';
import type { AtlasFeature, AtlasFeatureCollection, LayerDescriptor } from '../../../types/atlas';
import type { PlaceFilter } from '../map/atlas-map';
import { countsByLayer, filterExpression, isFiltering, matchesFilter, visibleFeatures, type FeatureFilter } from './feature-filter';
import { defaultVisibleLayers } from './layer-groups';
import type { HashState } from './url-hash';

export interface VisiblePlaces {
  features: AtlasFeature[];
  featureById: Map<string, AtlasFeature>;
  visible: Set<string>;
  filter: FeatureFilter;
  /** the filter for the map: ids of loaded places passing it, and an expression for tile layers (null: no filter) */
  placeFilter: PlaceFilter | null;
  /** per layer, places passing the filter (null: no filter; layers drawn from tiles are not counted here) */
  counts: Map<string, number> | null;
  /** the places on screen: visible layers and filter together */
  shown: AtlasFeature[];
}

export function useVisiblePlaces(view: HashState, descriptors: LayerDescriptor[], data: Map<string, AtlasFeatureCollection>): VisiblePlaces {
  const features = useMemo(() => [...data.values()].flatMap((c) => c.features), [data]);
  const featureById = useMemo(() => new Map(features.map((f) => [String(f.id), f])), [features]);
  const visible = useMemo(() => new Set(view.layers ?? defaultVisibleLayers(descriptors)), [view.layers, descriptors]);
  const filter = useMemo<FeatureFilter>(() => ({ statuses: view.status, precisions: view.precision, documentId: view.doc }), [view.status, view.precision, view.doc]);
  const placeFilter = useMemo(
    () => (isFiltering(filter) ? { ids: features.filter((f) => matchesFilter(f, filter)).map((f) => String(f.id)), expression: filterExpression(filter) } : null),
    [features, filter],
  );
  const counts = useMemo(() => (isFiltering(filter) ? countsByLayer(features, filter) : null), [features, filter]);
  const shown = useMemo(() => visibleFeatures(features, visible, filter), [features, visible, filter]);
  return { features, featureById, visible, filter, placeFilter, counts, shown };
}
