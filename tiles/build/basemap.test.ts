/**
 * The committed tiles/basemap.pmtiles against what the build declares: header and metadata,
 * every tile decodable, and a rebuild of a small box around Wuzhen identical tile for tile
 * (so a changed extract, place or setting without a rebuilt archive fails here).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import type { FeatureCollection, Polygon } from 'geojson';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { beforeAll, describe, expect, it } from 'vitest';
import { ARCHIVE, BANDS, bandBox, EXTRACTS_DIR, PLACES_FILE, REPO_ROOT, VECTOR_LAYERS } from './basemap-config';
import { basemapMetadata, buildBasemap, outerBounds } from './build-basemap';
import { boxContains, type Box, type Position } from './geometry/box';
import { pointInRing } from './geometry/shore-polygons';
import { loadPlaces, WATER_KINDS } from './places';
import { deserializeDirectory, type Entry } from '../pmtiles/directory';
import { BytesSource } from '../pmtiles/file-source';
import { Compression, parseHeader, TileType, type Header } from '../pmtiles/header';
import { tileIdToZxy } from '../pmtiles/tile-id';

const WUZHEN_BOX: Box = { west: 120.44, south: 30.70, east: 120.56, north: 30.79 };
const committed = new Uint8Array(readFileSync(join(REPO_ROOT, ARCHIVE.file)));

/** All tile entries of an archive, leaves followed, as [tileId, decompressed bytes]. */
function tilesOf(archive: Uint8Array): Map<number, Uint8Array> {
  const h = parseHeader(archive);
  const dir = (offset: number, length: number) => deserializeDirectory(new Uint8Array(gunzipSync(archive.subarray(offset, offset + length))));
  const out = new Map<number, Uint8Array>();
  const walk = (entries: Entry[]) => {
    for (const e of entries) {
      if (e.runLength === 0) {
        walk(dir(h.leafDirectoryOffset + e.offset, e.length));
        continue;
      }
      const start = h.tileDataOffset + e.offset;
      const data = new Uint8Array(gunzipSync(archive.subarray(start, start + e.length)));
      for (let i = 0; i < e.runLength; i++) out.set(e.tileId + i, data);
    }
  };
  walk(dir(h.rootDirectoryOffset, h.rootDirectoryLength));
  return out;
}

describe('committed basemap archive', () => {
  let header: Header;
  let tiles: Map<number, Uint8Array>;
  beforeAll(() => {
    header = parseHeader(committed);
    tiles = tilesOf(committed);
  });

  it('is small enough to commit', () => {
    expect(committed.length).toBeLessThan(5 * 1024 * 1024);
  });

  it('has the header the build declares', async () => {
    const meta = basemapMetadata();
    const [west, south, east, north] = outerBounds();
    expect(header).toMatchObject({
      clustered: true,
      internalCompression: Compression.gzip,
      tileCompression: Compression.gzip,
      tileType: TileType.mvt,
      minZoom: meta.minzoom,
      maxZoom: meta.maxzoom,
      centerZoom: ARCHIVE.center[2],
      numAddressedTiles: tiles.size,
    });
    expect(meta.minzoom).toBe(4);
    expect(meta.maxzoom).toBeGreaterThanOrEqual(14);
    for (const [got, want] of [
      [header.minLon, west],
      [header.minLat, south],
      [header.maxLon, east],
      [header.maxLat, north],
      [header.centerLon, ARCHIVE.center[0]],
      [header.centerLat, ARCHIVE.center[1]],
    ]) {
      expect(got).toBeCloseTo(want, 6);
    }
    const pm = new PMTiles(new BytesSource(committed));
    expect(await pm.getMetadata()).toEqual(JSON.parse(JSON.stringify(meta)));
  });

  it('covers the delta to z14: Shanghai, Hangzhou, Suzhou/Wuxi and the four airports', () => {
    const core = BANDS.find((b) => b.maxZoom >= 14)!;
    const box = bandBox(core);
    const places = loadPlaces(PLACES_FILE);
    for (const id of ['shanghai', 'hangzhou', 'suzhou', 'wuxi', 'wuzhen', 'tongxiang', 'airport-hgh', 'airport-pvg', 'airport-sha', 'airport-wux']) {
      const p = places.find((q) => q.id === id)!;
      expect(boxContains(box, p.coordinates), id).toBe(true);
    }
  });

  it('decodes every tile, with only the declared layers', () => {
    const known = new Set<string>(VECTOR_LAYERS.map((l) => l.id));
    for (const [id, data] of tiles) {
      const vt = new VectorTile(new PbfReader(data));
      const names = Object.keys(vt.layers);
      expect(names.length, `tile ${JSON.stringify(tileIdToZxy(id))}`).toBeGreaterThan(0);
      for (const n of names) {
        expect(known.has(n)).toBe(true);
        const layer = vt.layers[n];
        for (let i = 0; i < layer.length; i++) layer.feature(i).loadGeometry();
      }
    }
  });

  it('rebuilds a box around Wuzhen tile for tile, and byte for byte twice over', () => {
    const first = buildBasemap(WUZHEN_BOX).archive;
    const second = buildBasemap(WUZHEN_BOX).archive;
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const rebuilt = tilesOf(first);
    expect(rebuilt.size).toBeGreaterThan(10);
    for (const [id, data] of rebuilt) {
      const zxy = JSON.stringify(tileIdToZxy(id));
      expect(tiles.has(id), `committed archive lacks ${zxy}: run npm run tiles:build`).toBe(true);
      expect(Buffer.from(tiles.get(id)!).equals(Buffer.from(data)), `tile ${zxy} differs: run npm run tiles:build`).toBe(true);
    }
  });
});

describe('basemap data', () => {
  it('puts every water label on water', () => {
    const places = loadPlaces(PLACES_FILE).filter((p) => WATER_KINDS.includes(p.kind));
    for (const band of BANDS) {
      const water = JSON.parse(readFileSync(join(EXTRACTS_DIR, band.id, 'water.geojson'), 'utf8')) as FeatureCollection<Polygon>;
      const onWater = (pt: Position) =>
        water.features.some((f) => {
          const [outer, ...holes] = f.geometry.coordinates as Position[][];
          return pointInRing(pt, outer) && !holes.some((h) => pointInRing(pt, h));
        });
      for (const p of places) {
        if (!boxContains(bandBox(band), p.coordinates) || p.min_zoom > band.maxZoom) continue;
        expect(onWater(p.coordinates), `${p.id} (${p.name_en}) is not on water in band ${band.id}`).toBe(true);
      }
    }
  });
});
