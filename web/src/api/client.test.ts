import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, prefetchLayers } from './client';

const descriptors = [
  { id: 'parks', delivery: 'geojson' },
  { id: 'rail', delivery: 'geojson' },
  { id: 'venues', delivery: 'vector', tiles: '/tiles/layer-venues.pmtiles' },
];

function fakeFetch(): string[] {
  const calls: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    calls.push(url);
    const body = url === '/api/layers' ? descriptors : { type: 'FeatureCollection', features: [], url };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  return calls;
}

describe('prefetching the layers before React mounts', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('requests the list and every GeoJSON layer once, and hands each answer to its first caller', async () => {
    const calls = fakeFetch();
    prefetchLayers();
    expect(await api.layers()).toEqual(descriptors);
    const [parks, rail] = await Promise.all([api.layer('parks'), api.layer('rail')]);
    expect(parks).toMatchObject({ url: '/api/layers/parks' });
    expect(rail).toMatchObject({ url: '/api/layers/rail' });
    // the tiled layer's GeoJSON is never fetched: the map reads its archive
    expect(calls.sort()).toEqual(['/api/layers', '/api/layers/parks', '/api/layers/rail']);

    // an answer is handed over once; a later call (a retry) asks the server again
    await api.layers();
    expect(calls.filter((c) => c === '/api/layers')).toHaveLength(2);
  });

  it('lets a failed prefetch reach its caller as an error, without an unhandled rejection', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ detail: 'down for maintenance' }), { status: 503 }));
    prefetchLayers();
    await expect(api.layers()).rejects.toThrow('down for maintenance');
  });
});
