import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import type { AtlasFeature, AtlasFeatureCollection } from '../../types/atlas';
import { testStore } from '../testing/test-store';
import { BytesSource } from '../../tiles/pmtiles/file-source';
import { buildLayerArchive, cutLayerTiles, LAYER_TILES, stableRank, tileProperties } from './layer-tiles';

function tileXY(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
}

async function idsInTile(archive: Uint8Array, layer: string, z: number, x: number, y: number): Promise<string[]> {
  const tile = await new PMTiles(new BytesSource(archive)).getZxy(z, x, y);
  if (!tile) return [];
  const vt = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
  const features = vt.layers[layer];
  return features ? Array.from({ length: features.length }, (_, i) => String(features.feature(i).properties.id)) : [];
}

/** A seeded grid of n points around Wuzhen, shaped like gazetteer features. */
function pointLayer(n: number): AtlasFeatureCollection {
  const template = testStore().layerCollections.get('parks')!.features[0];
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: n }, (_, i): AtlasFeature => ({
      ...template,
      id: `grid-${i}`,
      geometry: { type: 'Point', coordinates: [120.45 + (i % 100) * 0.001, 30.72 + Math.floor(i / 100) * 0.001] },
    })),
  };
}

describe('layer tiles', () => {
  it('flattens what the map style reads, with the citing documents between commas', () => {
    const zone = testStore().featureById.get('jiahu-cooperation-zone')!;
    const props = tileProperties(zone);
    expect(props).toMatchObject({ id: 'jiahu-cooperation-zone', layer: 'zones', status: zone.properties.status, precision: zone.properties.precision });
    expect(Object.values(props).every((v) => typeof v === 'string' || typeof v === 'number')).toBe(true);
    expect(props.area_km2).toBeGreaterThan(50);
    expect(props.docs).toMatch(/^,(doc-\d{3},)+$/);
    for (const passageId of zone.properties.passageIds) expect(props.docs).toContain(`,${passageId.replace(/-p\d+$/, '')},`);
  });

  it('ranks each id the same way every time, spread over [0, 1)', () => {
    const ranks = Array.from({ length: 2000 }, (_, i) => stableRank(`p-${i}`));
    expect(ranks).toEqual(Array.from({ length: 2000 }, (_, i) => stableRank(`p-${i}`)));
    expect(Math.min(...ranks)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...ranks)).toBeLessThan(1);
    expect(ranks.filter((r) => r < 0.5).length).toBeGreaterThan(900);
    expect(ranks.filter((r) => r < 0.5).length).toBeLessThan(1100);
  });

  it('keeps every point from full detail on, and below it thins only tiles over the budget', () => {
    const layer = pointLayer(5000);
    const flat = { type: 'FeatureCollection' as const, features: layer.features.map((f) => ({ ...f, properties: tileProperties(f) })) };
    const counts = new Map<number, number>();
    for (const tile of cutLayerTiles(flat, 'parks', { ...LAYER_TILES, maxPointsPerTile: 1000 })) {
      const vt = new VectorTile(new PbfReader(tile.data));
      counts.set(tile.z, (counts.get(tile.z) ?? 0) + vt.layers.parks.length);
    }
    // a point on a tile edge may sit in two tiles' buffers, so at full detail at least all
    for (let z = LAYER_TILES.fullDetailZoom; z <= LAYER_TILES.maxZoom; z++) expect(counts.get(z)).toBeGreaterThanOrEqual(5000);
    // the grid spans a single tile up to z9: there it keeps about the budget, by rank
    expect(counts.get(LAYER_TILES.minZoom)!).toBeGreaterThan(800);
    expect(counts.get(LAYER_TILES.minZoom)!).toBeLessThan(1200);
  });

  it('never thins a layer under the budget, at any zoom', () => {
    const layer = pointLayer(300);
    const flat = { type: 'FeatureCollection' as const, features: layer.features.map((f) => ({ ...f, properties: tileProperties(f) })) };
    const first = [...cutLayerTiles(flat, 'parks')].find((t) => t.z === LAYER_TILES.minZoom)!;
    expect(new VectorTile(new PbfReader(first.data)).layers.parks.length).toBe(300);
  });

  it('writes an archive the pmtiles reader opens, each place in the tile under it', async () => {
    const parks = testStore().layerCollections.get('parks')!;
    const { bytes, tiles } = buildLayerArchive('parks', parks);
    expect(tiles).toBeGreaterThan(LAYER_TILES.maxZoom - LAYER_TILES.minZoom);
    const pm = new PMTiles(new BytesSource(bytes));
    expect(await pm.getHeader()).toMatchObject({ minZoom: LAYER_TILES.minZoom, maxZoom: LAYER_TILES.maxZoom });
    expect(await pm.getMetadata()).toMatchObject({ vector_layers: [{ id: 'parks' }] });
    for (const park of parks.features.filter((f) => f.geometry.type === 'Point')) {
      const [lon, lat] = (park.geometry as GeoJSON.Point).coordinates;
      const [x, y] = tileXY(lon, lat, 13);
      expect(await idsInTile(bytes, 'parks', 13, x, y)).toContain(park.id);
    }
  });
});
