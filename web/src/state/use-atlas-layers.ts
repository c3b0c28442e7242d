/**
 * Loads the layer catalogue and then every GeoJSON layer's features, reporting progress so the
 * page can say what it is waiting for, and an error instead of a blank map when the API is away.
 * Layers delivered as vector tiles are not fetched here: the map reads their archive itself.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AtlasFeatureCollection, LayerDescriptor } from '../../../types/atlas';
import { api } from '../api/client';

export interface AtlasLayersState {
  descriptors: LayerDescriptor[];
  data: Map<string, AtlasFeatureCollection>;
  loaded: number;
  error: string | null;
  retry: () => void;
}

/** `revision`: the atlas's revision (use-atlas-revision.ts); when it grows, the GeoJSON layers are fetched again. */
export function useAtlasLayers(revision: number | null = null): AtlasLayersState {
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

  // the first revision heard is the one just loaded; each later one is somebody's write
  const shown = useRef<number | null>(null);
  useEffect(() => {
    if (revision === null) return;
    if (shown.current === null || descriptors.length === 0) {
      shown.current = revision;
      return;
    }
    if (revision <= shown.current) return;
    shown.current = revision;
    const abort = new AbortController();
    for (const descriptor of descriptors.filter((d) => d.delivery !== 'vector')) {
      api.layer(descriptor.id, abort.signal).then(
        (collection) => setData((previous) => new Map(previous).set(descriptor.id, collection)),
        () => undefined, // superseded, or the API away: the next revision retries
      );
    }
    return () => abort.abort();
  }, [revision, descriptors]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const tiled = descriptors.filter((d) => d.delivery === 'vector').length;
  return { descriptors, data, loaded: data.size + tiled, error, retry };
}
