/**
 * Which features an export holds: the shared filter (types/feature-filter.ts), the same one the
 * web app's map, counts and export link use.
 */
import type { AtlasFeature } from '../../../types/atlas';
import { FeatureFilter, type FeatureFilterSpec } from '../../../types/feature-filter';

export { FeatureFilter };

export function filterFeatures(features: AtlasFeature[], spec: FeatureFilterSpec | FeatureFilter): AtlasFeature[] {
  const filter = spec instanceof FeatureFilter ? spec : new FeatureFilter(spec);
  return features.filter((feature) => filter.matches(feature));
}
