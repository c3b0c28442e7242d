/**
 * The scale benchmark's page (scripts/bench/scale-bench.ts): one point layer of `n` features,
 * either fetched as GeoJSON and handed to MapLibre as an object (as the atlas app does with
 * /api/layers/{id}), or read as vector tiles from a PMTiles archive by Range requests;
 * `mode=none` draws no layer (the renderer's own cost, the baseline).
 */
import { Map as MapLibreMap, addProtocol, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { Protocol } from 'pmtiles';
import './page.css';

setWorkerUrl(workerUrl);
addProtocol('pmtiles', new Protocol().tile);

const params = new URLSearchParams(location.search);
const mode = (['geojson', 'vector', 'none'] as const).find((m) => m === params.get('mode')) ?? 'geojson';
const count = Number(params.get('n') ?? 1000);

const style: StyleSpecification = { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#f4f1ea' } }] };
const map = new MapLibreMap({ container: 'map', style, center: [120.6, 30.68], zoom: 10, attributionControl: false });
const circle = { 'circle-radius': 3, 'circle-color': '#c0392b', 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.5 };
const bench = window as unknown as { __map: MapLibreMap; __ready?: number; __timings: { parseMs: number; handOffMs: number } };
bench.__timings = { parseMs: 0, handOffMs: 0 };
bench.__map = map;

map.on('load', async () => {
  if (mode === 'geojson') {
    // the main thread's share of a GeoJSON layer: parsing it, then handing it to the worker
    const text = await (await fetch(`/data/large-${count}.geojson`)).text();
    const parsing = performance.now();
    const data = JSON.parse(text) as GeoJSON.FeatureCollection;
    const handing = performance.now();
    map.addSource('points', { type: 'geojson', data });
    map.addLayer({ id: 'points', type: 'circle', source: 'points', paint: circle });
    bench.__timings = { parseMs: handing - parsing, handOffMs: performance.now() - handing };
  } else if (mode === 'vector') {
    map.addSource('points', { type: 'vector', url: `pmtiles://${location.origin}/tiles/large-${count}.pmtiles` });
    map.addLayer({ id: 'points', type: 'circle', source: 'points', 'source-layer': 'points', paint: circle });
  }
  map.once('idle', () => (bench.__ready = performance.now()));
});
