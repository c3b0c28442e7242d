import type { IRouter } from 'express';
import type { FeatureWithPassages } from '../../../types/atlas';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import { featureEtag } from '../http/write-request';
import type { AtlasStore } from '../store/atlas-store';

export function setupFeatures(app: IRouter, store: AtlasStore): void {
  app.get('/api/features/:featureId', (req, res) => {
    const id = idParam(req, 'featureId');
    const feature = store.featureById.get(id);
    if (!feature) throw new NotFoundError('feature', id);
    const body: FeatureWithPassages = {
      ...feature,
      passages: feature.properties.passageIds.map((passageId) => store.passageById.get(passageId)!),
    };
    const version = store.featureVersions?.get(id);
    // from the database, the ETag is the place's version (If-Match on PATCH/DELETE compares it)
    if (version !== undefined) res.setHeader('ETag', featureEtag(version, store.revision ?? 0));
    res.json(body);
  });
}
