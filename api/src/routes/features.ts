import type { Express } from 'express';
import type { FeatureWithPassages } from '../../../types/atlas';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import type { AtlasSource } from '../../../core/store/atlas-source';

export function setupFeatures(app: Express, source: AtlasSource): void {
  app.get('/api/features/:featureId', (req, res) => {
    const store = source.current();
    const id = idParam(req, 'featureId');
    const feature = store.featureById.get(id);
    if (!feature) throw new NotFoundError('feature', id);
    const body: FeatureWithPassages = {
      ...feature,
      passages: feature.properties.passageIds.map((passageId) => store.passageById.get(passageId)!),
    };
    res.json(body);
  });
}
