/**
 * Import-time setup of MapLibre for the atlas, done once when the map module loads (before any
 * map exists): its worker, the PMTiles protocol and our glyph bundle.
 */
import { addProtocol, prewarm, setWorkerUrl } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
// MapLibre 6 runs its worker from a separate module file: ship it as one of our own assets.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { FONT_STACK_NAME } from './basemap-style';
import { GLYPH_BUNDLE_FILE, GLYPH_PROTOCOL, glyphBundleProtocol } from './glyph-bundle';

setWorkerUrl(workerUrl);
// Start MapLibre's workers now: each must fetch and parse the worker module before it can cut a
// tile, which otherwise begins only when the map is constructed.
prewarm();
// The basemap is one PMTiles archive read with HTTP Range requests from our own server.
addProtocol('pmtiles', new Protocol().tile);
// The glyph ranges of our labels beyond Latin arrive as one file, not ~65 requests; it is
// requested now, not when the first tile's labels ask for it.
const glyphs = glyphBundleProtocol();
addProtocol(GLYPH_PROTOCOL, glyphs);
glyphs.prefetch(`${window.location.origin}/glyphs/${FONT_STACK_NAME}/${GLYPH_BUNDLE_FILE}`);
