/**
 * A place by id: from the loaded GeoJSON layers when it is there, else from the API — the
 * places of layers drawn from vector tiles are never all in the browser, but a selected one
 * still needs its full geometry to be highlighted and flown to.
 */
import { useEffect, useState } from 'react';
import type { AtlasFeature } from '../../../types/atlas';
import { api } from '../api/client';

export function useFeatureRecord(id: string | null, loaded: Map<string, AtlasFeature>, loading: boolean): AtlasFeature | null {
  const local = id ? loaded.get(id) : undefined;
  const [fetched, setFetched] = useState<AtlasFeature | null>(null);
  // while GeoJSON layers are still arriving the place may yet turn up among them
  const wanted = id && !local && !loading ? id : null;

  useEffect(() => {
    if (!wanted) return;
    const abort = new AbortController();
    api
      .feature(wanted, abort.signal)
      .then(({ passages: _passages, ...feature }) => setFetched(feature))
      .catch(() => {
        // an unknown id: the panel says so; nothing to draw
      });
    return () => abort.abort();
  }, [wanted]);

  if (!id) return null;
  return local ?? (fetched?.id === id ? fetched : null);
}
