/**
 * Hostile requests that no OpenAPI document describes: huge and malformed query strings,
 * invalid UTF-8 and percent-encoding, odd Range / If-None-Match / Accept-Encoding headers,
 * every method with and without bodies. No 5xx, every error problem+json, nothing leaked,
 * and the server answers as before afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFuzzServer, type FuzzServer } from './fuzz-server';
import { percentEncode } from './openapi-requests';
import { rawRequest, type RawRequest, type RawResponse } from './raw-http';
import { describeRequest, verifiedLeakMarkers, violations } from './response-checks';

const FUZZ_SEED = 0x9a71a5;
let server: FuzzServer;
const markers = verifiedLeakMarkers();
const stats = { requests: 0, statuses: new Map<number, number>() };
let baseline: { layer: Buffer; etag: string };

async function send(req: RawRequest, allowed?: number[]): Promise<RawResponse> {
  const res = await rawRequest(server.port, req);
  stats.requests++;
  stats.statuses.set(res.status, (stats.statuses.get(res.status) ?? 0) + 1);
  const what = describeRequest(req);
  expect(violations(res, req, markers), what).toEqual([]);
  if (allowed) expect(allowed, what).toContain(res.status);
  return res;
}

beforeAll(async () => {
  server = await startFuzzServer();
  const layer = await rawRequest(server.port, { target: '/api/layers/parks' });
  baseline = { layer: layer.body, etag: layer.headers.etag };
});
afterAll(async () => {
  await server?.close();
  console.info(`hostile requests: ${stats.requests} requests, statuses ${JSON.stringify(Object.fromEntries(stats.statuses))}`);
});

/** Bytes that are not UTF-8, or are UTF-8 nobody should accept (overlong, surrogates, > U+10FFFF). */
const badUtf8 = fc.constantFrom('%ff', '%fe%ff', '%c0%80', '%c0%af', '%e0%80%af', '%ed%a0%80', '%f4%90%80%80', '%f8%88%80%80%80', '%e4%b9', '%80', '%c3', '%c3%28', '%e2%82%28');
const badPercent = fc.constantFrom('%', '%%', '%2', '%g0', '%zz', '%%32%65', '%u0041', '%2%65', '%-1', '%00', '%0a%0d', '%2500');
const anyBytes = fc.uint8Array({ minLength: 1, maxLength: 40 }).map((bytes) => Buffer.from(bytes).toString('latin1'));
const queryValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }).map(percentEncode),
  badUtf8,
  badPercent,
  fc.array(fc.oneof(badUtf8, badPercent, fc.string({ unit: 'grapheme-ascii', maxLength: 5 })), { maxLength: 10 }).map((parts) => parts.join('')),
  fc.integer({ min: 1000, max: 15_000 }).map((n) => 'a'.repeat(n)),
  fc.integer({ min: 100, max: 1500 }).map((n) => '%e4%b9%8c'.repeat(n)),
);
const queryKey = fc.constantFrom('q', 'limit', 'layers', 'format', 'status', 'precision', 'document', 'x', '__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'q[]', 'q[0]', 'q.a', '', '%71', 'Q');

describe('hostile query strings', () => {
  it('refuses or answers, never fails (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/search', '/api/export', '/api/layers', '/api/layers/parks', '/api/documents', '/api/features/wuzhen-light', '/tiles/basemap.pmtiles', '/'),
        fc.array(fc.tuple(queryKey, queryValue, fc.boolean()), { minLength: 0, maxLength: 8 }),
        fc.option(fc.integer({ min: 100, max: 4000 }), { freq: 5 }),
        async (path, pairs, repeat) => {
          let query = pairs.map(([k, v, bare]) => (bare ? k : `${k}=${v}`)).join('&');
          if (repeat) query += '&limit=1'.repeat(repeat);
          await send({ target: `${path}?${query}` }, [200, 204, 206, 304, 400, 404, 431]);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 800 },
    );
  }, 60_000);

  it('answers search in ≤ 1 KB of hostile text quickly and correctly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', minLength: 1, maxLength: 300 }), async (text) => {
        const q = percentEncode(text).slice(0, 1000).replace(/%[0-9A-F]?$/, '');
        await send({ target: `/api/search?q=${q}` }, [200, 400]);
      }),
      { seed: FUZZ_SEED, numRuns: 500 },
    );
  }, 60_000);
});

describe('invalid UTF-8 and percent-encoding in paths', () => {
  it('answers 400 or 404 (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/api/features/', '/api/layers/', '/api/documents/', '/tiles/', '/assets/', '/glyphs/', '/api/', '/'),
        fc.oneof(badUtf8, badPercent, anyBytes, fc.string({ unit: 'binary', maxLength: 60 }).map(percentEncode)),
        fc.constantFrom('', '.pmtiles', '/claims', '.js', '/x'),
        async (prefix, middle, suffix) => {
          await send({ target: `${prefix}${middle}${suffix}` }, [200, 400, 404, 405]);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 800 },
    );
  }, 60_000);
});

const rangeHeader = fc.oneof(
  fc.tuple(fc.nat(2_000_000), fc.nat(2_000_000)).map(([a, b]) => `bytes=${a}-${b}`),
  fc.nat(2_000_000).map((a) => `bytes=${a}-`),
  fc.nat(2_000_000).map((a) => `bytes=-${a}`),
  fc.array(fc.tuple(fc.nat(1_000_000), fc.nat(1000)), { minLength: 2, maxLength: 300 }).map((rs) => `bytes=${rs.map(([a, l]) => `${a}-${a + l}`).join(',')}`),
  fc.constantFrom('bytes=', 'bytes=-0', 'bytes=0-0', 'bytes=1-0', 'bytes=99999999999999999999999-', 'bytes=0-1,', 'items=0-1', 'bytes=0x10-0x20', 'bytes=\t0-1', 'BYTES=0-1', 'bytes=-', 'bytes=--1', 'bytes=1--2', 'bytes=0-1;q=1'),
  fc.string({ unit: 'grapheme-ascii', maxLength: 100 }),
);
const etagList = fc.oneof(
  fc.constantFrom('*', '""', '"', 'W/', 'W/""', '*, *', ',,,', '"a" "b"', 'W/"x", *'),
  fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 30 }).map((s) => `"${s.replace(/"/g, '')}"`), { maxLength: 200 }).map((tags) => tags.join(', ')),
  fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
);
const acceptEncoding = fc.oneof(
  fc.constantFrom('gzip', 'gzip;q=0', 'GZIP', 'x-gzip', 'deflate', 'br', 'zstd', '*', '*;q=0', 'identity;q=0', 'gzip;q=abc', ',', ''),
  fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
);
const headerValue = (arb: fc.Arbitrary<string>) => arb.map((v) => v.replace(/[\r\n\0]/g, ''));

describe('odd headers', () => {
  it('Range, If-None-Match, If-Range, If-Modified-Since and Accept-Encoding in any form (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('/tiles/basemap.pmtiles', '/api/layers/admin', '/api/documents/doc-000', '/api/search?q=乌镇', '/assets/index-fixture.js', '/', '/tiles/missing.pmtiles'),
        fc.record(
          {
            Range: headerValue(rangeHeader),
            'If-None-Match': headerValue(etagList),
            'If-Match': headerValue(etagList),
            'If-Range': headerValue(fc.oneof(etagList, fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()))),
            'If-Modified-Since': headerValue(fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()), fc.string({ unit: 'grapheme-ascii', maxLength: 40 }))),
            'Accept-Encoding': headerValue(acceptEncoding),
            Accept: fc.constantFrom('*/*', 'application/json', 'text/html;q=0', 'application/problem+json'),
            'X-Forwarded-For': fc.constantFrom('1.2.3.4', 'unknown', '::1, 10.0.0.1'),
            Host: fc.constantFrom('127.0.0.1', 'evil.example', 'x'.repeat(300), '[::1]:80'),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom('GET', 'HEAD'),
        async (path, headers, method) => {
          await send({ method, target: encodeURI(path), headers }, [200, 206, 304, 400, 404, 412, 416, 431]);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 1000 },
    );
  }, 60_000);
});

describe('methods and bodies', () => {
  it('answers writes with 405, large bodies with 413, parser-refused methods with 400 (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'POST', 'PROPFIND', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'PURGE', 'SEARCH', 'CONNECT', 'get', 'FOO', 'GET', 'HEAD'),
        fc.constantFrom('/api/layers/parks', '/api/search?q=乌镇', '/tiles/basemap.pmtiles', '/', '/assets/index-fixture.js', '/api/nothing', '127.0.0.1:22', '*'),
        fc.oneof(fc.constant(undefined), fc.nat(4096), fc.constantFrom(1024, 1025, 100_000)),
        fc.boolean(),
        async (method, path, bodySize, chunked) => {
          const body = bodySize === undefined ? undefined : Buffer.alloc(bodySize, 0x61);
          const headers: Record<string, string> = {};
          let sent = body;
          if (body && chunked) {
            headers['Transfer-Encoding'] = 'chunked';
            sent = Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from('\r\n0\r\n\r\n')]);
          }
          const res = await send({ method, target: encodeURI(path), headers, body: sent }, [200, 204, 206, 304, 400, 404, 405, 413]);
          if (body && body.length > 1024 && res.status < 400) throw new Error(`${method} with a ${body.length}-byte body answered ${res.status}`);
        },
      ),
      { seed: FUZZ_SEED, numRuns: 600 },
    );
  }, 60_000);
});

describe('regressions found by fuzzing', () => {
  it('answers an archive name too long for the file system (ENAMETOOLONG) with 4xx, naming no server path', async () => {
    await send({ target: `/tiles/${'a'.repeat(300)}.pmtiles` }, [400, 404]);
  });
});

describe('afterwards', () => {
  it('is healthy and serves the same bytes', async () => {
    expect((await send({ target: '/api/health' })).status).toBe(200);
    const layer = await send({ target: '/api/layers/parks' });
    expect(layer.headers.etag).toBe(baseline.etag);
    expect(layer.body.equals(baseline.layer)).toBe(true);
  });
});
