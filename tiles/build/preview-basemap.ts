import express from 'express';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTilesRouter } from '../../api/src/tiles/tiles-router';
import { basemapStyle, FONT_STACK_NAME, GLYPHS_PATH, LOCAL_IDEOGRAPH_FONT_FAMILY } from '../../web/src/map/basemap-style';
import { GLYPH_BUNDLE_FILE, splitGlyphBundle } from '../../web/src/map/glyph-bundle';
const root = resolve(import.meta.dirname, '..', '..');
const app = express();
app.use('/tiles', createTilesRouter(resolve(root, 'tiles')));
// the app cuts labels.pbf up in the page (glyph-bundle.ts); this plain page is served the ranges
const bundle = readFileSync(resolve(root, 'web/public/glyphs', FONT_STACK_NAME, GLYPH_BUNDLE_FILE));
const bundled = splitGlyphBundle(bundle.buffer.slice(bundle.byteOffset, bundle.byteOffset + bundle.byteLength));
app.get('/glyphs/:fontstack/:file', (req, res, next) => {
  const range = bundled.get(String(req.params.file).replace(/\.pbf$/, ''));
  if (range) res.type('application/x-protobuf').send(Buffer.from(range));
  else next();
});
app.use('/glyphs', express.static(resolve(root, 'web/public/glyphs')));
app.use('/nm', express.static(resolve(root, 'node_modules')));
app.get('/', (req, res) => {
  const lang = req.query.lang === 'en' ? 'en' : 'zh';
  const origin = `http://127.0.0.1:${port}`;
  const style = { ...basemapStyle(`pmtiles://${origin}/tiles/basemap.pmtiles`, lang, origin), glyphs: `${origin}${GLYPHS_PATH}` };
  res.type('html').send(`<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/nm/maplibre-gl/dist/maplibre-gl.css">
<style>html,body,#map{margin:0;height:100%}</style>
<script type="importmap">{"imports":{"fflate":"/nm/fflate/esm/browser.js"}}</script></head>
<body><div id="map"></div><script type="module">
import * as maplibregl from '/nm/maplibre-gl/dist/maplibre-gl.mjs';
import { Protocol } from '/nm/pmtiles/dist/esm/index.js';
maplibregl.addProtocol('pmtiles', new Protocol().tile);
const map = new maplibregl.Map({ container: 'map', style: ${JSON.stringify(style)}, hash: 'map', localIdeographFontFamily: ${JSON.stringify(LOCAL_IDEOGRAPH_FONT_FAMILY)}, attributionControl: {compact: false} });
map.on('error', (e) => { document.title = 'ERROR ' + (e.error && e.error.message); console.error(e.error); });
map.on('idle', () => { if (!document.title.startsWith('ERROR')) document.title = 'IDLE'; });
</script></body></html>`);
});
const port = Number(process.env.PORT ?? 8765);
app.listen(port, '127.0.0.1', () => console.log('listening', port));
