/**
 * What the map shows, derived from the hash and the loaded layers: the visible layers, the
 * filter, the places that pass it (for the map, the counts and the keyboard list).
 */
import { useMemo } from 'react';
import type { FilterSpecification } from 'maplibre-gl';
import type { AtlasFeature, AtlasFeatureCollection, LayerDescriptor } from '../../../types/atlas';
import { countsByLayer, filterOfHash, visibleFeatures, type FeatureFilter } from './feature-filter';
import { defaultVisibleLayers } from './layer-groups';
import type { HashState } from './url-hash';

export interface VisiblePlaces {
  features: AtlasFeature[];
  featureById: Map<string, AtlasFeature>;
  visible: Set<string>;
  filter: FeatureFilter;
  /** the filter as one map expression for every layer, GeoJSON or tiles (null: no filter) */
  placeFilter: FilterSpecification | null;
  /** per layer, places passing the filter (null: no filter; layers drawn from tiles are not counted here) */
  counts: Map<string, number> | null;
  /** the places on screen: visible layers and filter together */
  shown: AtlasFeature[];
}

export function useVisiblePlaces(view: HashState, descriptors: LayerDescriptor[], data: Map<string, AtlasFeatureCollection>): VisiblePlaces {
  const features = useMemo(() => [...data.values()].flatMap((c) => c.features), [data]);
  const featureById = useMemo(() => new Map(features.map((f) => [String(f.id), f])), [features]);
  const visible = useMemo(() => new Set(view.layers ?? defaultVisibleLayers(descriptors)), [view.layers, descriptors]);
  const filter = useMemo(() => filterOfHash({ status: view.status, precision: view.precision, doc: view.doc }), [view.status, view.precision, view.doc]);
  const placeFilter = useMemo(() => filter.toExpression(), [filter]);
  const counts = useMemo(() => (filter.isFiltering() ? countsByLayer(features, filter) : null), [features, filter]);
  const shown = useMemo(() => visibleFeatures(features, visible, filter), [features, visible, filter]);
  return { features, featureById, visible, filter, placeFilter, counts, shown };
}
