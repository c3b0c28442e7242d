/**
 * The map module (MapLibre and our AtlasMap), imported once. main.tsx starts the import before
 * React's first render, so MapLibre is parsed — and its worker started — while the page's shell
 * renders, instead of after it; MapView then only waits for the same promise.
 *
 * The basemap in use (GET /api/basemap: an OpenStreetMap extract or the committed archive) is
 * asked for at the same time and handed to the style before the map is created, so the map's
 * basemap source starts with the right archive, zooms, bounds and attribution.
 */
import type { BasemapInfo } from '../../../types/basemap';
import { api } from '../api/client';

type AtlasMapModule = typeof import('./atlas-map');

let loading: Promise<AtlasMapModule> | null = null;
let basemap: Promise<BasemapInfo | null> | null = null;

/** The basemap in use, or null when the server cannot say (the map then assumes the committed one). */
export function loadBasemapInfo(): Promise<BasemapInfo | null> {
  basemap ??= api.basemap().catch(() => null);
  return basemap;
}

export function loadAtlasMap(): Promise<AtlasMapModule> {
  loading ??= Promise.all([import('./atlas-map'), import('./basemap-style'), loadBasemapInfo()]).then(([atlasMap, style, info]) => {
    if (info) style.setActiveBasemap(info);
    return atlasMap;
  });
  return loading;
}
