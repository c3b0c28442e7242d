/**
 * The extract, offline: a fixture archive in the Protomaps schema (written by our writer, with a
 * small root directory so that leaf directories exist) is served by a local HTTP server with
 * Range support; a box is cut from it through the `pmtiles` package's FetchSource and compared
 * tile for tile with the fixture.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FetchSource, PMTiles } from 'pmtiles';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tileRange, type Box } from '../build/geometry/box';
import { OSM_FIXTURE_DEFAULTS, osmFixtureArchive } from '../fixtures/osm-fixture';
import { BytesSource, FileSource } from '../pmtiles/file-source';
import { ExtractError, extractRegion, planExtract } from './extract-region';
import { parseExtractArgs, UsageError } from './extract-basemap';

const REPO = resolve(import.meta.dirname, '../..');
// inside the fixture's box, off its edges: tiles outside it exist and must be left behind
const BOX: Box = { west: 120.45, south: 30.71, east: 120.51, north: 30.76 };
const MAX_ZOOM = 14;

let fixture: Uint8Array;
let server: Server;
let url: string;
const served: Array<{ range: string | undefined; bytes: number }> = [];
const dir = mkdtempSync(join(tmpdir(), 'extract-'));

/** A static file server as a CDN is one: single byte ranges answered 206, anything else whole. */
function rangeServer(bytes: Uint8Array): Server {
  return createServer((req, res) => {
    const range = req.headers.range;
    const m = range ? /^bytes=(\d+)-(\d+)$/.exec(range) : null;
    res.setHeader('Accept-Ranges', 'bytes');
    res.setHeader('ETag', '"fixture-1"');
    if (m) {
      const start = Number(m[1]);
      const end = Math.min(Number(m[2]), bytes.length - 1);
      if (start >= bytes.length) {
        res.writeHead(416, { 'Content-Range': `bytes */${bytes.length}` }).end();
        return;
      }
      const body = bytes.subarray(start, end + 1);
      served.push({ range, bytes: body.length });
      res.writeHead(206, { 'Content-Range': `bytes ${start}-${end}/${bytes.length}`, 'Content-Length': body.length });
      res.end(body);
      return;
    }
    served.push({ range, bytes: bytes.length });
    res.writeHead(200, { 'Content-Length': bytes.length }).end(bytes);
  });
}

async function tilesOf(archive: Uint8Array, box: Box, minZoom: number, maxZoom: number): Promise<Map<string, Uint8Array>> {
  const pm = new PMTiles(new BytesSource(archive));
  const out = new Map<string, Uint8Array>();
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(box, z);
    for (let x = r.minX; x <= r.maxX; x++) {
      for (let y = r.minY; y <= r.maxY; y++) {
        const tile = await pm.getZxy(z, x, y);
        if (tile) out.set(`${z}/${x}/${y}`, new Uint8Array(tile.data));
      }
    }
  }
  return out;
}

beforeAll(async () => {
  fixture = osmFixtureArchive(OSM_FIXTURE_DEFAULTS, { maxRootDirectoryBytes: 400, leafDirectoryEntries: 16 }).archive;
  server = rangeServer(fixture);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/20260101.pmtiles`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

describe('extracting a region over HTTP', () => {
  it('copies every tile of the box, tile for tile, and nothing else, with the header the region asks for', async () => {
    served.length = 0;
    const progress: Array<{ phase: string; bytesRead: number }> = [];
    const result = await extractRegion(new FetchSource(url), { box: BOX, maxZoom: MAX_ZOOM, onProgress: (p) => progress.push(p) });

    const source = new PMTiles(new BytesSource(fixture));
    const sourceHeader = await source.getHeader();
    const expected = await tilesOf(fixture, BOX, 0, MAX_ZOOM);
    const got = await tilesOf(result.archive, OSM_FIXTURE_DEFAULTS.box, 0, 15);
    expect(expected.size).toBeGreaterThan(40);
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [key, data] of expected) expect(Buffer.from(got.get(key)!).equals(Buffer.from(data)), key).toBe(true);
    // the fixture has tiles beyond the box and beyond z14; none came along
    expect((await tilesOf(fixture, OSM_FIXTURE_DEFAULTS.box, 0, 15)).size).toBeGreaterThan(expected.size);

    const header = await new PMTiles(new BytesSource(result.archive)).getHeader();
    expect([header.minZoom, header.maxZoom]).toEqual([sourceHeader.minZoom, MAX_ZOOM]);
    expect(header.minLon).toBeCloseTo(BOX.west, 6);
    expect(header.minLat).toBeCloseTo(BOX.south, 6);
    expect(header.maxLon).toBeCloseTo(BOX.east, 6);
    expect(header.maxLat).toBeCloseTo(BOX.north, 6);
    const metadata = (await new PMTiles(new BytesSource(result.archive)).getMetadata()) as Record<string, unknown>;
    const sourceMetadata = (await source.getMetadata()) as Record<string, unknown>;
    expect(metadata.vector_layers).toEqual(sourceMetadata.vector_layers);
    expect(metadata.attribution).toBe(sourceMetadata.attribution);
    expect(metadata['wuzhen-atlas:extract']).toEqual({ source: url, bbox: [BOX.west, BOX.south, BOX.east, BOX.north], minzoom: 0, maxzoom: MAX_ZOOM });

    // only the needed parts: every request a byte range, fewer bytes than the archive holds
    expect(served.every((s) => s.range !== undefined)).toBe(true);
    const total = served.reduce((n, s) => n + s.bytes, 0);
    expect(total).toBe(result.bytesRead);
    expect(total).toBeLessThan(fixture.length);
    expect(progress.some((p) => p.phase === 'directories')).toBe(true);
    expect(progress[progress.length - 1]).toMatchObject({ phase: 'tiles', bytesRead: total });
  });

  it('reads only the leaf directories that index the region', async () => {
    served.length = 0;
    const whole = await planExtract(new FetchSource(url), OSM_FIXTURE_DEFAULTS);
    const wholeDirectoryRequests = served.length;
    served.length = 0;
    const small = await planExtract(new FetchSource(url), { box: { west: 120.47, south: 30.73, east: 120.48, north: 30.74 }, maxZoom: 15 });
    expect(whole.header.leafDirectoryLength).toBeGreaterThan(0);
    expect(served.length).toBeLessThan(wholeDirectoryRequests);
    expect(small.planBytes).toBeLessThan(whole.planBytes);
    expect(small.tiles.length).toBeLessThan(whole.tiles.length);
  });

  it('says plainly when the box or the zooms miss the archive', async () => {
    await expect(planExtract(new FetchSource(url), { box: { west: 10, south: 10, east: 11, north: 11 } })).rejects.toThrow(ExtractError);
    await expect(planExtract(new FetchSource(url), { box: BOX, minZoom: 16, maxZoom: 18 })).rejects.toThrow(/none within 16–18/);
  });

  it('reads a local archive the same way, to the same bytes', async () => {
    const file = join(dir, 'fixture.pmtiles');
    writeFileSync(file, fixture);
    const fromFile = await extractRegion(new FileSource(file), { box: BOX, maxZoom: MAX_ZOOM, sourceName: 'fixture' });
    const overHttp = await extractRegion(new FetchSource(url), { box: BOX, maxZoom: MAX_ZOOM, sourceName: 'fixture' });
    expect(fromFile.header.numAddressedTiles).toBeGreaterThan(40);
    expect(Buffer.from(fromFile.archive).equals(Buffer.from(overHttp.archive))).toBe(true);
  });
});

describe('npm run basemap:extract', () => {
  it('writes the archive and shows its progress with byte counts on stderr', async () => {
    const out = join(dir, 'basemap-osm.pmtiles');
    const args = ['--import', 'tsx', join(REPO, 'tiles/extract/extract-basemap.ts'), '--source', url, '--bbox', `${BOX.west},${BOX.south},${BOX.east},${BOX.north}`, '--maxzoom', String(MAX_ZOOM), '--out', out];
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    expect(code, stderr).toBe(0);
    // not a terminal: plain lines, no carriage returns
    expect(stderr).not.toContain('\r');
    expect(stderr).toMatch(/^directories {2}[\d.]+ k?B/m);
    expect(stderr).toMatch(/^tiles +█+ 100%  [\d.]+ kB \/ [\d.]+ kB/m);
    expect(stderr).toContain(`${out}: `);
    const written = await tilesOf(new Uint8Array(readFileSync(out)), BOX, 0, MAX_ZOOM);
    expect(written.size).toBe((await tilesOf(fixture, BOX, 0, MAX_ZOOM)).size);
  });

  it('refuses bad arguments with the usage', () => {
    expect(() => parseExtractArgs(['--bbox', '1,2,3,4'])).toThrow(/--source is required/);
    expect(() => parseExtractArgs(['--source', 'x', '--bbox', '121,30,120,31'])).toThrow(UsageError);
    expect(() => parseExtractArgs(['--source', 'x', '--bbox', '120,30,121'])).toThrow(/four numbers/);
    expect(() => parseExtractArgs(['--source', 'x', '--bbox', '120,30,121,31', '--maxzoom', '15.5'])).toThrow(/whole number/);
    expect(() => parseExtractArgs(['--source', 'x', '--bbox', '120,30,121,31', '--frobnicate'])).toThrow(/usage:/);
    expect(parseExtractArgs(['--source', 'x', '--bbox', '120,30,121,31', '--maxzoom', '13'])).toMatchObject({
      box: { west: 120, south: 30, east: 121, north: 31 },
      minZoom: 0,
      maxZoom: 13,
      dryRun: false,
    });
    expect(parseExtractArgs(['--source', 'x', '--bbox', '120,30,121,31']).out).toBe(join(REPO, 'tiles/basemap-osm.pmtiles'));
  });
});
