/**
 * Which features a planner sees: chosen layers, narrowed by status, precision and the documents
 * that cite them. Shared by the export and by anything else that lists "the visible features".
 */
import type { AtlasFeature, Precision, Status } from '../../../types/atlas';

export interface FeatureFilter {
  layers?: string[];
  statuses?: Status[];
  precisions?: Precision[];
  /** keep features cited by at least one passage of one of these documents */
  documents?: string[];
}

export function filterFeatures(features: AtlasFeature[], filter: FeatureFilter): AtlasFeature[] {
  const layers = filter.layers && new Set(filter.layers);
  const statuses = filter.statuses && new Set(filter.statuses);
  const precisions = filter.precisions && new Set(filter.precisions);
  const documents = filter.documents && filter.documents.map((d) => `${d}-p`);
  return features.filter((feature) => {
    const p = feature.properties;
    if (layers && !layers.has(p.layer)) return false;
    if (statuses && !statuses.has(p.status)) return false;
    if (precisions && !precisions.has(p.precision)) return false;
    if (documents && !p.passageIds.some((id) => documents.some((prefix) => id.startsWith(prefix)))) return false;
    return true;
  });
}
