/**
 * Loads the layer catalogue and then every GeoJSON layer's features, reporting progress so the
 * page can say what it is waiting for, and an error instead of a blank map when the API is away.
 * Layers delivered as vector tiles are not fetched here: the map reads their archive itself.
 */
import { useCallback, useEffect, useState } from 'react';
import type { AtlasFeatureCollection, LayerDescriptor } from '../../../types/atlas';
import { api } from '../api/client';

export interface AtlasLayersState {
  descriptors: LayerDescriptor[];
  data: Map<string, AtlasFeatureCollection>;
  loaded: number;
  error: string | null;
  retry: () => void;
  /** Refetches the catalogue and every GeoJSON layer after a write, keeping what is shown until the new data arrives. */
  refresh: () => Promise<void>;
}

export function useAtlasLayers(): AtlasLayersState {
  const [descriptors, setDescriptors] = useState<LayerDescriptor[]>([]);
  const [data, setData] = useState<Map<string, AtlasFeatureCollection>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const abort = new AbortController();
    setError(null);
    (async () => {
      const list = await api.layers(abort.signal);
      setDescriptors(list);
      await Promise.all(
        list.filter((descriptor) => descriptor.delivery !== 'vector').map(async (descriptor) => {
          const collection = await api.layer(descriptor.id, abort.signal);
          setData((previous) => new Map(previous).set(descriptor.id, collection));
        }),
      );
    })().catch((err: unknown) => {
      if (!abort.signal.aborted) setError(err instanceof Error ? err.message : String(err));
    });
    return () => abort.abort();
  }, [attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const refresh = useCallback(async () => {
    const list = await api.fresh.layers();
    const collections = await Promise.all(list.filter((d) => d.delivery !== 'vector').map(async (d) => [d.id, await api.fresh.layer(d.id)] as const));
    setDescriptors(list);
    setData((previous) => {
      const next = new Map(previous);
      for (const [id, collection] of collections) next.set(id, collection);
      return next;
    });
  }, []);
  const tiled = descriptors.filter((d) => d.delivery === 'vector').length;
  return { descriptors, data, loaded: data.size + tiled, error, retry, refresh };
}
