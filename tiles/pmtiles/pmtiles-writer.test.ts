import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VectorTile } from '@mapbox/vector-tile';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import GeoJSONVT from 'geojson-vt';
import { PbfReader } from 'pbf';
import { PMTiles } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { BytesSource, FileSource } from './file-source';
import { Compression, TileType } from './header';
import { PmtilesWriteError, writePmtiles, type TileInput } from './pmtiles-writer';

const base = {
  metadata: { name: 'test', vector_layers: [{ id: 'places', fields: { name: 'String' } }] },
  bounds: [119, 29, 122, 32] as [number, number, number, number],
  center: [120.5, 30.7, 6] as [number, number, number],
};

function mvtTile(z: number, x: number, y: number, name: string): Uint8Array {
  const n = 2 ** z;
  const lon = ((x + 0.5) / n) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * (y + 0.5)) / n))) * 180) / Math.PI;
  const index = new GeoJSONVT(
    { type: 'Feature', properties: { name }, geometry: { type: 'Point', coordinates: [lon, lat] } },
    { maxZoom: z, indexMaxZoom: z },
  );
  const tile = index.getTile(z, x, y);
  if (!tile) throw new Error(`no tile ${z}/${x}/${y}`);
  return fromGeojsonVt({ places: tile } as never);
}

function tempFile(bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'pmtiles-writer-')), 'test.pmtiles');
  writeFileSync(path, bytes);
  return path;
}

describe('pmtiles writer', () => {
  it('writes a one-tile archive that the pmtiles reader opens from a file', async () => {
    const { archive } = writePmtiles([{ z: 0, x: 0, y: 0, data: mvtTile(0, 0, 0, '乌镇') }], base);
    const pm = new PMTiles(new FileSource(tempFile(archive)));
    const h = await pm.getHeader();
    expect(h).toMatchObject({
      specVersion: 3,
      clustered: true,
      internalCompression: Compression.gzip,
      tileCompression: Compression.gzip,
      tileType: TileType.mvt,
      minZoom: 0,
      maxZoom: 0,
      numAddressedTiles: 1,
      numTileEntries: 1,
      numTileContents: 1,
      minLon: 119,
      maxLat: 32,
      centerZoom: 6,
      rootDirectoryOffset: 127,
    });
    expect(await pm.getMetadata()).toEqual(base.metadata);
    const got = await pm.getZxy(0, 0, 0);
    const vt = new VectorTile(new PbfReader(new Uint8Array(got!.data)));
    expect(vt.layers.places.feature(0).properties.name).toBe('乌镇');
    expect(await pm.getZxy(1, 0, 0)).toBeUndefined();
  });

  it('splits a large index into leaf directories the reader follows to every tile', async () => {
    const tiles: TileInput[] = [];
    for (let z = 0; z <= 6; z++) {
      for (let x = 0; x < 2 ** z; x++) {
        for (let y = 0; y < 2 ** z; y++) {
          // distinct payloads of irregular length
          tiles.push({ z, x, y, data: new TextEncoder().encode(`${z}/${x}/${y}`.padEnd(1 + ((x * 31 + y * 17) % 40), '.')) });
        }
      }
    }
    const { archive, header, leafCount } = writePmtiles(tiles, {
      ...base,
      tileType: TileType.unknown,
      maxRootDirectoryBytes: 400,
    });
    expect(leafCount).toBeGreaterThan(1);
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.numTileContents).toBe(tiles.length);
    const pm = new PMTiles(new BytesSource(archive));
    expect((await pm.getHeader()).numAddressedTiles).toBe(tiles.length);
    for (const t of tiles) {
      const got = await pm.getZxy(t.z, t.x, t.y);
      expect(new Uint8Array(got!.data)).toEqual(t.data);
    }
  });

  it('stores identical tiles once and folds consecutive ones into runs', async () => {
    const sea = mvtTile(3, 0, 0, 'sea');
    const tiles: TileInput[] = [];
    for (let x = 0; x < 8; x++) for (let y = 0; y < 8; y++) tiles.push({ z: 3, x, y, data: sea });
    tiles.push({ z: 2, x: 1, y: 1, data: mvtTile(2, 1, 1, 'land') });
    tiles.push({ z: 4, x: 5, y: 5, data: sea }); // a duplicate after other blobs: offset points back
    tiles.push({ z: 4, x: 9, y: 9, data: mvtTile(4, 9, 9, 'bay') });
    const { archive, header } = writePmtiles(tiles, base);
    expect(header.numAddressedTiles).toBe(67);
    expect(header.numTileContents).toBe(3);
    expect(header.numTileEntries).toBeLessThan(5);
    const pm = new PMTiles(new BytesSource(archive));
    for (const t of tiles) {
      const got = await pm.getZxy(t.z, t.x, t.y);
      const vt = new VectorTile(new PbfReader(new Uint8Array(got!.data)));
      expect(vt.layers.places.length).toBe(1);
    }
  });

  it('writes identical bytes for identical input, whatever the input order', () => {
    const tiles = [0, 1, 2, 3].map((i) => ({ z: 1, x: i % 2, y: i >> 1, data: mvtTile(1, i % 2, i >> 1, `t${i}`) }));
    const a = writePmtiles(tiles, base).archive;
    const b = writePmtiles([...tiles].reverse(), base).archive;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('rejects an empty tile set and a tile given twice', () => {
    expect(() => writePmtiles([], base)).toThrow(PmtilesWriteError);
    const t = { z: 0, x: 0, y: 0, data: new Uint8Array([1]) };
    expect(() => writePmtiles([t, t], base)).toThrow(PmtilesWriteError);
  });
});
