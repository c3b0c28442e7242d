import type { Express } from 'express';
import type { FeatureWithPassages } from '../../../types/atlas';
import { NotFoundError } from '../http/problem';
import { idParam } from '../http/validate';
import type { AtlasStore } from '../../../core/store/atlas-store';

export function setupFeatures(app: Express, store: AtlasStore): void {
  app.get('/api/features/:featureId', (req, res) => {
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
