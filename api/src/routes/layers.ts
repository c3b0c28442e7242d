import type { IRouter } from 'express';
import type { LayerId } from '../../../types/atlas';
import { prepareJson, sendPrepared, type PreparedBody } from '../http/prepared-body';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import type { AtlasStore } from '../store/atlas-store';

export function setupLayers(app: IRouter, store: AtlasStore): void {
  const descriptors = prepareJson(store.layers);
  const bodies = new Map<string, PreparedBody>();
  for (const [id, collection] of store.layerCollections) bodies.set(id, prepareJson(collection, 'application/geo+json; charset=utf-8'));

  app.get('/api/layers', (req, res) => sendPrepared(req, res, descriptors));
  app.get('/api/layers/:layerId', (req, res) => {
    const id = idParam(req, 'layerId');
    const body = bodies.get(id as LayerId);
    if (!body) throw new NotFoundError('layer', id);
    sendPrepared(req, res, body);
  });
}
