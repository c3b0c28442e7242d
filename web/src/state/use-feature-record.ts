/**
 * A place by id: from the loaded GeoJSON layers when it is there, else from the API — the
 * places of layers drawn from vector tiles are never all in the browser, but a selected one
 * still needs its full geometry to be highlighted and flown to.
 */
import type { AtlasFeature } from '../../../types/atlas';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';

export function useFeatureRecord(id: string | null, loaded: Map<string, AtlasFeature>, loading: boolean): AtlasFeature | null {
  const local = id ? loaded.get(id) : undefined;
  // while GeoJSON layers are still arriving the place may yet turn up among them
  const wanted = id && !local && !loading ? id : null;
  // an unknown id: the feature panel says so; there is nothing to draw
  const { data: fetched } = useApiResource(
    wanted ? (signal) => api.feature(wanted, signal).then(({ passages: _passages, ...feature }) => feature as AtlasFeature) : null,
    [wanted],
    { keepPrevious: true },
  );
  if (!id) return null;
  return local ?? (fetched?.id === id ? fetched : null);
}
