import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArchiveCheckError, checkArchive, checkArchiveFile } from './check-archive';
import { BytesSource } from '../../../tiles/pmtiles/file-source';
import { HEADER_BYTES, parseHeader, serializeHeader, type Header } from '../../../tiles/pmtiles/header';
import { writePmtiles, type TileInput } from '../../../tiles/pmtiles/pmtiles-writer';

const BASEMAP = join(import.meta.dirname, '../../../tiles/basemap.pmtiles');

const options = {
  metadata: { name: 'test', vector_layers: [{ id: 'places', fields: {} }] },
  bounds: [119, 29, 122, 32] as [number, number, number, number],
  center: [120.5, 30.7, 6] as [number, number, number],
};

/** Every tile of zooms 0–6, each with distinct bytes of irregular length (no deduplication, no runs). */
function tiles(): TileInput[] {
  const out: TileInput[] = [];
  for (let z = 0; z <= 6; z++) {
    for (let x = 0; x < 2 ** z; x++) {
      for (let y = 0; y < 2 ** z; y++) out.push({ z, x, y, data: new TextEncoder().encode(`${z}/${x}/${y}`.padEnd(1 + ((x * 31 + y * 17) % 40), '.')) });
    }
  }
  return out;
}

const small = writePmtiles(tiles(), options).archive;

const check = (bytes: Uint8Array) => checkArchive(new BytesSource(bytes), bytes.length);

async function problemOf(bytes: Uint8Array): Promise<string> {
  try {
    await check(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ArchiveCheckError);
    expect((error as Error).message).not.toMatch(/[\n\u0000]/);
    return (error as Error).message;
  }
  throw new Error('expected the archive to fail its check');
}

function withHeader(bytes: Uint8Array, change: Partial<Header>): Uint8Array {
  const copy = new Uint8Array(bytes);
  copy.set(serializeHeader({ ...parseHeader(bytes), ...change }), 0);
  return copy;
}

describe('checkArchive', () => {
  it('passes the committed basemap, reading every directory', async () => {
    const summary = await checkArchiveFile(BASEMAP);
    expect(summary).toMatchObject({ minZoom: 4, maxZoom: 14 });
    expect(summary.tileEntries).toBeGreaterThan(100);
  });

  it('passes archives with and without leaf directories, counting what they hold', async () => {
    expect(await check(small)).toMatchObject({ tileEntries: 5461, addressedTiles: 5461, leafDirectories: 0, minZoom: 0, maxZoom: 6 });
    const leafy = writePmtiles(tiles(), { ...options, maxRootDirectoryBytes: 400 });
    expect(leafy.leafCount).toBeGreaterThan(1);
    expect(await check(leafy.archive)).toMatchObject({ tileEntries: 5461, leafDirectories: leafy.leafCount });
  });

  it('refuses an empty, a too short and a zeroed archive', async () => {
    expect(await problemOf(new Uint8Array(0))).toBe('is empty (0 bytes)');
    expect(await problemOf(small.subarray(0, 100))).toMatch(/is 100 bytes, too short for the 127-byte PMTiles header/);
    expect(await problemOf(new Uint8Array(small.length))).toMatch(/^header unreadable: not a PMTiles archive \(magic "(\\x00){7}"\)/);
  });

  it('refuses a truncated archive, wherever it is cut', async () => {
    expect(await problemOf(small.subarray(0, small.length - 1))).toMatch(/^truncated: the tile data ends at byte \d+ but the file has \d+ bytes/);
    expect(await problemOf(small.subarray(0, HEADER_BYTES + 5))).toMatch(/^truncated: the (root directory|metadata|tile data) ends at byte/);
  });

  it('refuses another spec version, a garbled root directory and a wrong tile count', async () => {
    const v2 = new Uint8Array(small);
    v2[7] = 2;
    expect(await problemOf(v2)).toMatch(/spec version 2 is not 3/);
    const garbled = new Uint8Array(small);
    const h = parseHeader(small);
    garbled.fill(0xff, h.rootDirectoryOffset, h.rootDirectoryOffset + h.rootDirectoryLength);
    expect(await problemOf(garbled)).toMatch(/^root directory unreadable: /);
    expect(await problemOf(withHeader(small, { numTileEntries: 7 }))).toBe('the directories hold 5461 tile entries but the header says 7');
  });

  it('refuses a tile that points past the tile data, and insane zooms and bounds', async () => {
    const h = parseHeader(small);
    expect(await problemOf(withHeader(small, { tileDataLength: h.tileDataLength - 8 }))).toMatch(/root directory: tile \d+ ends at byte \d+ of a \d+-byte tile data section/);
    expect(await problemOf(withHeader(small, { minZoom: 5, maxZoom: 4 }))).toMatch(/zooms 5–4 are not a range/);
    expect(await problemOf(withHeader(small, { maxZoom: 3 }))).toMatch(/tiles lie outside the header's zooms 0–3/);
    expect(await problemOf(withHeader(small, { minLon: 122, maxLon: 119 }))).toMatch(/bounds \[122, 29, 119, 32\] are not west, south, east, north/);
  });

  it('reads a real file from disk the same way', async () => {
    const bytes = new Uint8Array(readFileSync(BASEMAP));
    expect(await check(bytes)).toEqual(await checkArchiveFile(BASEMAP));
  });
});
