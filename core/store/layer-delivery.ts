/**
 * How each thematic layer reaches the browser: as one GeoJSON body, or — above the threshold of
 * layer-source-policy.ts — as a PMTiles archive of vector tiles built here, at start-up, from
 * the same features. `GET /api/layers/{id}` serves the GeoJSON either way (the contract, exports
 * and QGIS rely on it); the descriptor tells the map which to draw from.
 */
import type { AtlasFeatureCollection, LayerDescriptor, LayerId } from '../../types/atlas';
import { jsonOf } from './snapshot-json';
import { buildLayerArchive, layerArchiveName } from './layer-tiles';
import { LAYER_SOURCE_THRESHOLD, layerSourceKind, type LayerSourceThreshold } from './layer-source-policy';
import { memoByObject } from '../memo-by-object';

export interface LayerDelivery {
  descriptors: LayerDescriptor[];
  /** archive name (as served under /tiles) → bytes, for the layers delivered as tiles */
  archives: Map<string, Buffer>;
}

export function deliverLayers(
  descriptors: Array<Omit<LayerDescriptor, 'delivery' | 'tiles'>>,
  collections: Map<LayerId, AtlasFeatureCollection>,
  threshold: LayerSourceThreshold = LAYER_SOURCE_THRESHOLD,
): LayerDelivery {
  const archives = new Map<string, Buffer>();
  const delivered = descriptors.map((descriptor): LayerDescriptor => {
    const collection = collections.get(descriptor.id)!;
    const size = { featureCount: collection.features.length, bytes: byteLengthOf(collection) };
    if (layerSourceKind(size, threshold) === 'geojson') return { ...descriptor, delivery: 'geojson' };
    const name = layerArchiveName(descriptor.id);
    archives.set(name, archiveOf(descriptor.id, collection));
    return { ...descriptor, delivery: 'vector', tiles: `/tiles/${name}.pmtiles` };
  });
  return { descriptors: delivered, archives };
}

// per collection object: a rebuild that keeps a layer's collection keeps its size and its tiles
const layerArchives = new WeakMap<AtlasFeatureCollection, { layerId: LayerId; bytes: Buffer }>();

const byteLengthOf = memoByObject((collection: AtlasFeatureCollection) => Buffer.byteLength(jsonOf(collection)));

function archiveOf(layerId: LayerId, collection: AtlasFeatureCollection): Buffer {
  const kept = layerArchives.get(collection);
  if (kept?.layerId === layerId) return kept.bytes;
  const bytes = buildLayerArchive(layerId, collection).bytes;
  layerArchives.set(collection, { layerId, bytes });
  return bytes;
}
