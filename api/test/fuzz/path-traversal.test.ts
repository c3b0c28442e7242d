/**
 * Path traversal in every encoding of traversal-encodings.ts (16 forms of ".." × 20 of "/"),
 * percent-encoded and as raw bytes, from every served prefix, towards files outside the served
 * folders. Nothing outside web/dist and tiles/ may come back, and every refusal is problem+json.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../src/config';
import { startFuzzServer, type FuzzServer } from './fuzz-server';
import { rawRequest, type RawRequest, type RawResponse } from './raw-http';
import { describeRequest, verifiedLeakMarkers, violations } from './response-checks';
import { TRAVERSAL_ENCODINGS, TRAVERSAL_PREFIXES, TRAVERSAL_SUFFIXES, TRAVERSAL_TARGETS, traversalPath } from './traversal-encodings';

export const FUZZ_SEED = 0x9a71a5;
let server: FuzzServer;
let served: Set<string>;
const markers = verifiedLeakMarkers();
const stats = { requests: 0, statuses: new Map<number, number>() };

const sha = (bytes: Buffer) => createHash('sha1').update(bytes).digest('hex');

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** %XX → the byte itself: the same path as a client that does not encode would send it. */
function asRawBytes(target: string): Buffer {
  return Buffer.from(target.replace(/%([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}

async function send(req: RawRequest): Promise<RawResponse> {
  const res = await rawRequest(server.port, req);
  stats.requests++;
  stats.statuses.set(res.status, (stats.statuses.get(res.status) ?? 0) + 1);
  const found = violations(res, req, markers);
  // a 200 may only be a served file (or API data); never anything else
  const type = res.headers['content-type'] ?? '';
  if ((res.status === 200 || res.status === 206) && !/json/.test(type) && res.body.length > 0) {
    const isSlice = res.status === 206 || served.has(sha(res.body));
    if (!isSlice) found.push(`200 with bytes of no served file (${type})`);
  }
  expect(found, describeRequest(req)).toEqual([]);
  return res;
}

beforeAll(async () => {
  server = await startFuzzServer();
  served = new Set([...filesUnder(server.webDistDir), ...filesUnder(configFromEnv({}).tilesDir)].map((f) => sha(fs.readFileSync(f))));
  expect(markers.length).toBeGreaterThanOrEqual(5);
});
afterAll(async () => {
  await server?.close();
  console.info(`path traversal: ${TRAVERSAL_ENCODINGS.length} encodings, ${stats.requests} requests, statuses ${JSON.stringify(Object.fromEntries(stats.statuses))}`);
});

describe('path traversal', () => {
  it('has 200+ encodings', () => {
    expect(TRAVERSAL_ENCODINGS.length).toBeGreaterThanOrEqual(200);
  });

  it('reads nothing outside the served folders: every encoding from every prefix, encoded and raw', async () => {
    let i = 0;
    for (const encoding of TRAVERSAL_ENCODINGS) {
      for (const prefix of TRAVERSAL_PREFIXES) {
        const target = TRAVERSAL_TARGETS[i++ % TRAVERSAL_TARGETS.length];
        const encoded = traversalPath(encoding, prefix, 5, target, '');
        await send({ target: encoded });
        if (i % 2 === 0) await send({ target: asRawBytes(encoded) });
      }
    }
  }, 60_000);

  it('reads nothing for any depth, suffix, method or header (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TRAVERSAL_ENCODINGS),
        fc.constantFrom(...TRAVERSAL_PREFIXES),
        fc.integer({ min: 0, max: 9 }),
        fc.constantFrom(...TRAVERSAL_TARGETS),
        fc.constantFrom(...TRAVERSAL_SUFFIXES),
        fc.boolean(),
        fc.constantFrom('GET', 'HEAD'),
        fc.constantFrom<Record<string, string>>({}, { Range: 'bytes=0-1023' }, { 'Accept-Encoding': 'gzip, br' }, { 'If-None-Match': '*' }),
        async (encoding, prefix, depth, target, suffix, raw, method, headers) => {
          const encoded = traversalPath(encoding, prefix, depth, target, suffix);
          await send({ method, target: raw ? asRawBytes(encoded) : encoded, headers });
        },
      ),
      { seed: FUZZ_SEED, numRuns: 1500 },
    );
  }, 60_000);

  it('serves the fixture files themselves (the check above is not vacuous)', async () => {
    const res = await send({ target: '/assets/index-fixture.js' });
    expect(res.status).toBe(200);
    const tile = await send({ target: '/tiles/basemap.pmtiles', headers: { Range: 'bytes=0-126' } });
    expect(tile.status).toBe(206);
  });
});
