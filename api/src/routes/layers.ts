import type { Express } from 'express';
import type { AtlasFeatureCollection, LayerId } from '../../../types/atlas';
import { prepareBytes, prepareJson, sendPrepared, type PreparedBody } from '../http/prepared-body';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import { perSnapshot, type AtlasSource } from '../../../core/store/atlas-source';
import { jsonOf } from '../../../core/store/snapshot-json';

export function setupLayers(app: Express, source: AtlasSource): void {
  const descriptors = perSnapshot(source, (store) => prepareJson(store.layers));
  // per layer, on its first request: a snapshot keeps the collection of a layer no write changed,
  // so its prepared body is kept too, and a write costs the bodies of the layers it changed
  const bodies = new WeakMap<AtlasFeatureCollection, PreparedBody>();
  const bodyOf = (collection: AtlasFeatureCollection) => {
    let body = bodies.get(collection);
    if (!body) {
      body = prepareBytes(Buffer.from(jsonOf(collection)), 'application/geo+json; charset=utf-8');
      bodies.set(collection, body);
    }
    return body;
  };

  app.get('/api/layers', (req, res) => sendPrepared(req, res, descriptors()));
  app.get('/api/layers/:layerId', (req, res) => {
    const id = idParam(req, 'layerId');
    const collection = source.current().layerCollections.get(id as LayerId);
    if (!collection) throw new NotFoundError('layer', id);
    sendPrepared(req, res, bodyOf(collection));
  });
}
