import type { Express } from 'express';
import type { LayerId } from '../../../types/atlas';
import { prepareJson, sendPrepared, type PreparedBody } from '../http/prepared-body';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import { perSnapshot, type AtlasSource } from '../../../core/store/atlas-source';

export function setupLayers(app: Express, source: AtlasSource): void {
  const prepared = perSnapshot(source, (store) => {
    const bodies = new Map<string, PreparedBody>();
    for (const [id, collection] of store.layerCollections) bodies.set(id, prepareJson(collection, 'application/geo+json; charset=utf-8'));
    return { descriptors: prepareJson(store.layers), bodies };
  });

  app.get('/api/layers', (req, res) => sendPrepared(req, res, prepared().descriptors));
  app.get('/api/layers/:layerId', (req, res) => {
    const id = idParam(req, 'layerId');
    const body = prepared().bodies.get(id as LayerId);
    if (!body) throw new NotFoundError('layer', id);
    sendPrepared(req, res, body);
  });
}
