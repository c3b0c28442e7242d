/**
 * A layer's GeoJSON text, written once per collection object: delivery measures it (GeoJSON or
 * vector tiles) and GET /api/layers/{id} serves it. A rebuild keeps the collection object of a
 * layer whose features did not change (atlas-store.ts), so its text is not written again.
 */
import type { AtlasFeatureCollection } from '../../types/atlas';

const written = new WeakMap<AtlasFeatureCollection, string>();

export function layerJson(collection: AtlasFeatureCollection): string {
  let json = written.get(collection);
  if (json === undefined) {
    json = JSON.stringify(collection);
    written.set(collection, json);
  }
  return json;
}
