/**
 * What the map shows, derived from the hash and the loaded layers: the visible layers, the
 * filter, the places that pass it (for the map, the counts and the keyboard list).
 */
import { useMemo } from 'react';
import type { AtlasFeature, AtlasFeatureCollection, LayerDescriptor } from '../../../types/atlas';
import { countsByLayer, isFiltering, matchesFilter, visibleFeatures, type FeatureFilter } from './feature-filter';
import { defaultVisibleLayers } from './layer-groups';
import type { HashState } from './url-hash';

export interface VisiblePlaces {
  features: AtlasFeature[];
  featureById: Map<string, AtlasFeature>;
  visible: Set<string>;
  filter: FeatureFilter;
  /** ids passing the filter, for the map (null: no filter) */
  allowedIds: string[] | null;
  /** per layer, places passing the filter (null: no filter) */
  counts: Map<string, number> | null;
  /** the places on screen: visible layers and filter together */
  shown: AtlasFeature[];
}

export function useVisiblePlaces(view: HashState, descriptors: LayerDescriptor[], data: Map<string, AtlasFeatureCollection>): VisiblePlaces {
  const features = useMemo(() => [...data.values()].flatMap((c) => c.features), [data]);
  const featureById = useMemo(() => new Map(features.map((f) => [String(f.id), f])), [features]);
  const visible = useMemo(() => new Set(view.layers ?? defaultVisibleLayers(descriptors)), [view.layers, descriptors]);
  const filter = useMemo<FeatureFilter>(() => ({ statuses: view.status, precisions: view.precision, documentId: view.doc }), [view.status, view.precision, view.doc]);
  const allowedIds = useMemo(() => (isFiltering(filter) ? features.filter((f) => matchesFilter(f, filter)).map((f) => String(f.id)) : null), [features, filter]);
  const counts = useMemo(() => (isFiltering(filter) ? countsByLayer(features, filter) : null), [features, filter]);
  const shown = useMemo(() => visibleFeatures(features, visible, filter), [features, visible, filter]);
  return { features, featureById, visible, filter, allowedIds, counts, shown };
}
