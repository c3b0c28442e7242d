/**
 * The map module (MapLibre and our AtlasMap), imported once. main.tsx starts the import before
 * React's first render, so MapLibre is parsed — and its worker started — while the page's shell
 * renders, instead of after it; MapView then only waits for the same promise.
 */
type AtlasMapModule = typeof import('./atlas-map');

let loading: Promise<AtlasMapModule> | null = null;

export function loadAtlasMap(): Promise<AtlasMapModule> {
  loading ??= import('./atlas-map');
  return loading;
}
