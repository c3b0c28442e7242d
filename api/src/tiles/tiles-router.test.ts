import { mkdtempSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import express from 'express';
import { FetchSource, PMTiles } from 'pmtiles';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createTilesRouter } from './tiles-router';

const SIZE = 1000;
const bytes = Buffer.from(Array.from({ length: SIZE }, (_, i) => (i * 7) % 251));
const dir = mkdtempSync(join(tmpdir(), 'tiles-router-'));
writeFileSync(join(dir, 'test.pmtiles'), bytes);

const app = express();
app.use('/tiles', createTilesRouter(dir));

async function validators() {
  const res = await request(app).head('/tiles/test.pmtiles');
  return { etag: res.headers.etag as string, lastModified: res.headers['last-modified'] as string };
}

type Case = {
  name: string;
  method?: 'get' | 'head';
  headers: (v: { etag: string; lastModified: string }) => Record<string, string>;
  status: number;
  /** inclusive slice of the archive expected in the body (200/206) */
  slice?: [number, number];
  contentRange?: string;
};

const range = (value: string) => () => ({ Range: value });

const cases: Case[] = [
  { name: 'no Range: the whole archive', headers: () => ({}), status: 200, slice: [0, 999] },
  { name: 'first byte bytes=0-0', headers: range('bytes=0-0'), status: 206, slice: [0, 0], contentRange: 'bytes 0-0/1000' },
  { name: 'last byte bytes=999-999', headers: range('bytes=999-999'), status: 206, slice: [999, 999], contentRange: 'bytes 999-999/1000' },
  { name: 'last byte as suffix bytes=-1', headers: range('bytes=-1'), status: 206, slice: [999, 999], contentRange: 'bytes 999-999/1000' },
  { name: 'open-ended bytes=500-', headers: range('bytes=500-'), status: 206, slice: [500, 999], contentRange: 'bytes 500-999/1000' },
  { name: 'suffix bytes=-500', headers: range('bytes=-500'), status: 206, slice: [500, 999], contentRange: 'bytes 500-999/1000' },
  { name: 'suffix longer than the archive', headers: range('bytes=-5000'), status: 206, slice: [0, 999], contentRange: 'bytes 0-999/1000' },
  { name: 'first half bytes=0-499', headers: range('bytes=0-499'), status: 206, slice: [0, 499], contentRange: 'bytes 0-499/1000' },
  { name: 'end past the end is clipped', headers: range('bytes=900-5000'), status: 206, slice: [900, 999], contentRange: 'bytes 900-999/1000' },
  { name: 'huge end is clipped', headers: range('bytes=0-99999999999999999999'), status: 206, slice: [0, 999], contentRange: 'bytes 0-999/1000' },
  { name: 'unit is case-insensitive', headers: range('BYTES=0-9'), status: 206, slice: [0, 9], contentRange: 'bytes 0-9/1000' },
  { name: 'empty list elements are skipped', headers: range('bytes=,0-9,'), status: 206, slice: [0, 9], contentRange: 'bytes 0-9/1000' },
  { name: 'bytes=-0 is unsatisfiable', headers: range('bytes=-0'), status: 416, contentRange: 'bytes */1000' },
  { name: 'start at the length is unsatisfiable', headers: range('bytes=1000-'), status: 416, contentRange: 'bytes */1000' },
  { name: 'range wholly past the end', headers: range('bytes=1000-2000'), status: 416, contentRange: 'bytes */1000' },
  { name: 'several ranges, none satisfiable', headers: range('bytes=1000-,2000-'), status: 416, contentRange: 'bytes */1000' },
  { name: 'last < first is invalid: ignored', headers: range('bytes=5-2'), status: 200, slice: [0, 999] },
  { name: 'garbage is ignored', headers: range('bytes=abc'), status: 200, slice: [0, 999] },
  { name: 'whitespace around = is ignored', headers: range('bytes = 0-9'), status: 200, slice: [0, 999] },
  { name: 'an unknown unit is ignored', headers: range('items=0-9'), status: 200, slice: [0, 999] },
  { name: 'multi-range: whole archive', headers: range('bytes=0-0,-1'), status: 200, slice: [0, 999] },
  { name: 'multi-range, disjoint: whole archive', headers: range('bytes=0-9,20-29'), status: 200, slice: [0, 999] },
  { name: 'multi-range, one satisfiable: whole archive', headers: range('bytes=0-9,2000-'), status: 200, slice: [0, 999] },
  { name: 'If-Range with the current ETag', headers: (v) => ({ Range: 'bytes=0-9', 'If-Range': v.etag }), status: 206, slice: [0, 9], contentRange: 'bytes 0-9/1000' },
  { name: 'If-Range with a stale ETag: whole archive', headers: () => ({ Range: 'bytes=0-9', 'If-Range': '"stale"' }), status: 200, slice: [0, 999] },
  { name: 'If-Range with a weak ETag: whole archive', headers: (v) => ({ Range: 'bytes=0-9', 'If-Range': `W/${v.etag}` }), status: 200, slice: [0, 999] },
  { name: 'If-Range with the Last-Modified date', headers: (v) => ({ Range: 'bytes=10-19', 'If-Range': v.lastModified }), status: 206, slice: [10, 19], contentRange: 'bytes 10-19/1000' },
  { name: 'If-Range with an older date: whole archive', headers: () => ({ Range: 'bytes=10-19', 'If-Range': 'Thu, 01 Jan 1970 00:00:00 GMT' }), status: 200, slice: [0, 999] },
  { name: 'If-None-Match current: 304', headers: (v) => ({ 'If-None-Match': v.etag }), status: 304 },
  { name: 'If-None-Match current beats Range: 304', headers: (v) => ({ 'If-None-Match': v.etag, Range: 'bytes=0-0' }), status: 304 },
  { name: 'If-None-Match stale with Range: 206', headers: () => ({ 'If-None-Match': '"stale"', Range: 'bytes=0-0' }), status: 206, slice: [0, 0], contentRange: 'bytes 0-0/1000' },
  { name: 'If-Match stale: 412', headers: () => ({ 'If-Match': '"stale"', Range: 'bytes=0-0' }), status: 412 },
  // Range applies to GET only (RFC 9110 §14.2): a HEAD gets the whole length, no Content-Range
  { name: 'HEAD with Range: 200 without body', method: 'head', headers: range('bytes=0-9'), status: 200 },
  { name: 'HEAD with an unsatisfiable Range: 200', method: 'head', headers: range('bytes=5000-'), status: 200 },
  { name: 'HEAD: 200 without body', method: 'head', headers: () => ({}), status: 200 },
];

describe('tiles router: Range table', () => {
  it.each(cases)('$name', async (c) => {
    const v = await validators();
    const res = await request(app)[c.method ?? 'get']('/tiles/test.pmtiles')
      .set(c.headers(v))
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (d: Buffer) => chunks.push(d));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(c.status);
    expect(res.headers['content-encoding']).toBeUndefined();
    if (c.contentRange) expect(res.headers['content-range']).toBe(c.contentRange);
    else expect(res.headers['content-range']).toBeUndefined();
    if (c.status === 200 || c.status === 206) {
      expect(res.headers['accept-ranges']).toBe('bytes');
      expect(res.headers['content-type']).toBe('application/vnd.pmtiles');
      expect(res.headers.etag).toBe(v.etag);
      expect(res.headers['cache-control']).toContain('max-age');
    }
    if (c.status === 416 || c.status === 412) {
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      const problem = JSON.parse((res.body as Buffer).toString('utf8'));
      expect(problem).toMatchObject({ status: c.status });
      expect(problem.type && problem.title && problem.detail).toBeTruthy();
    }
    if (c.method === 'head') {
      expect((res.body as Buffer | undefined)?.length ?? 0).toBe(0);
      const [a, b] = c.status === 206 ? [0, 9] : [0, 999];
      expect(Number(res.headers['content-length'])).toBe(b - a + 1);
    } else if (c.slice) {
      const [a, b] = c.slice;
      expect(Number(res.headers['content-length'])).toBe(b - a + 1);
      expect((res.body as Buffer).equals(bytes.subarray(a, b + 1))).toBe(true);
    }
  });

  it('has at least 25 cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
});

describe('tiles router: names, methods, headers', () => {
  it('uses a strong ETag and never compresses', async () => {
    const res = await request(app).get('/tiles/test.pmtiles').set('Accept-Encoding', 'gzip, br');
    expect(res.headers.etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['cache-control']).toContain('no-transform');
  });

  it.each([
    ['/tiles/Test.pmtiles', 400],
    ['/tiles/test.mbtiles', 400],
    ['/tiles/test', 400],
    ['/tiles/..%2F..%2Fpackage.json', 400],
    ['/tiles/%2e%2e%2fetc%2fpasswd.pmtiles', 400],
    ['/tiles/te_st.pmtiles', 400],
    ['/tiles/missing.pmtiles', 404],
    ['/tiles/a/b.pmtiles', 404],
    ['/tiles/', 404],
  ])('%s answers %i as problem+json', async (path, status) => {
    const res = await request(app).get(path);
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status });
    expect(typeof res.body.type).toBe('string');
    expect(typeof res.body.title).toBe('string');
    expect(typeof res.body.detail).toBe('string');
  });

  it('refuses other methods with 405 and Allow', async () => {
    const res = await request(app).post('/tiles/test.pmtiles');
    expect(res.status).toBe(405);
    expect(res.headers.allow).toContain('GET');
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('serves a rebuilt archive with a new ETag', async () => {
    const d = mkdtempSync(join(tmpdir(), 'tiles-router-rebuild-'));
    writeFileSync(join(d, 'a.pmtiles'), Buffer.from('first version'));
    const fresh = express().use('/tiles', createTilesRouter(d, { recheckMs: 0 }));
    const first = await request(fresh).get('/tiles/a.pmtiles');
    writeFileSync(join(d, 'a.pmtiles'), Buffer.from('second version, longer'));
    const second = await request(fresh).get('/tiles/a.pmtiles').set('If-None-Match', first.headers.etag);
    expect(second.status).toBe(200);
    expect(second.headers.etag).not.toBe(first.headers.etag);
    expect(Number(second.headers['content-length'])).toBe(22);
  });

  it('streams archives too large to hold in memory, with the same Range answers', async () => {
    const streamed = express().use('/tiles', createTilesRouter(dir, { maxInMemoryBytes: 10 }));
    const res = await request(streamed)
      .get('/tiles/test.pmtiles')
      .set('Range', 'bytes=100-199')
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (d: Buffer) => chunks.push(d));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
    expect(res.status).toBe(206);
    expect(res.headers['content-range']).toBe('bytes 100-199/1000');
    expect(Buffer.from(res.body).equals(bytes.subarray(100, 200))).toBe(true);
  });
});

describe('tiles router: the pmtiles client over HTTP', () => {
  it('reads the committed basemap through FetchSource', async () => {
    const tilesDir = resolve(import.meta.dirname, '../../../tiles');
    const server = express().use('/tiles', createTilesRouter(tilesDir)).listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const { port } = server.address() as AddressInfo;
      const pm = new PMTiles(new FetchSource(`http://127.0.0.1:${port}/tiles/basemap.pmtiles`));
      const header = await pm.getHeader();
      expect(header.specVersion).toBe(3);
      expect(header.tileType).toBe(1);
      const tile = await pm.getZxy(9, 427, 211);
      expect(tile?.data.byteLength).toBeGreaterThan(0);
    } finally {
      server.close();
    }
  });
});
