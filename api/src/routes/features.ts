import type { IRouter } from 'express';
import type { FeatureWithPassages } from '../../../types/atlas';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import { featureEtag } from '../http/write-request';
import type { AtlasSource } from '../../../core/store/atlas-source';

export function setupFeatures(app: IRouter, source: AtlasSource): void {
  app.get('/api/features/:featureId', (req, res) => {
    const store = source.current();
    const id = idParam(req, 'featureId');
    const feature = store.featureById.get(id);
    if (!feature) throw new NotFoundError('feature', id);
    const body: FeatureWithPassages = {
      ...feature,
      passages: feature.properties.passageIds.map((passageId) => store.passageById.get(passageId)!),
    };
    // the ETag is the place's version (If-Match on PATCH/DELETE compares it); an atlas read from
    // the committed files alone has each place at its first version
    res.setHeader('ETag', featureEtag(store.featureVersions?.get(id) ?? 1, store.revision ?? 0));
    res.json(body);
  });
}
