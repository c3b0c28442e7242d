/**
 * Thousands of requests generated from the served OpenAPI document (GET /api/openapi.json):
 * no 5xx, every error problem+json, every valid request 200/304 with the documented shape.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRECISIONS, STATUSES } from '../../../types/atlas';
import { testStore } from '../support/test-app';
import { startFuzzServer, type FuzzServer } from './fuzz-server';
import { operationsOf, requestArbitrary, type KnownValues, type Operation } from './openapi-requests';
import { rawRequest } from './raw-http';
import { describeRequest, verifiedLeakMarkers, violations } from './response-checks';
import { schemaErrors, type Schema } from './schema-check';

const FUZZ_SEED = 0x9a71a5;
const RUNS_PER_OPERATION = 300;

let server: FuzzServer;
let openapi: Schema & { paths: Record<string, Record<string, Omit<Operation, 'path'>>> };
let known: KnownValues;
const markers = verifiedLeakMarkers();
const stats = { requests: 0, valid: 0, statuses: new Map<number, number>() };

beforeAll(async () => {
  server = await startFuzzServer();
  const res = await rawRequest(server.port, { target: '/api/openapi.json' });
  openapi = JSON.parse(res.body.toString('utf8'));
  const store = testStore();
  const names = store.features.flatMap((f) => [f.properties.name_zh, f.properties.name_en, ...f.properties.aliases]);
  known = {
    layerId: store.layers.map((l) => l.id),
    featureId: store.features.map((f) => f.id),
    feature: store.features.map((f) => f.id),
    documentId: store.documents.map((d) => d.id),
    name: ['basemap'],
    q: [...names, '乌镇', '桐乡', 'Wuzhen', '烏鎮', '高铁 乌镇'],
    layers: store.layers.map((l) => l.id),
    status: [...STATUSES],
    precision: [...PRECISIONS],
    document: store.documents.map((d) => d.id),
  };
});
afterAll(async () => {
  await server?.close();
  console.info(`OpenAPI fuzz: ${stats.requests} requests (${stats.valid} valid), statuses ${JSON.stringify(Object.fromEntries(stats.statuses))}`);
});

describe('requests from the OpenAPI document', () => {
  it('documents every contract path', () => {
    const paths = Object.keys(openapi.paths);
    for (const path of ['/api/health', '/api/layers', '/api/layers/{layerId}', '/api/features/{featureId}', '/api/documents', '/api/documents/{documentId}', '/api/search', '/api/export', '/api/openapi.json', '/tiles/{name}.pmtiles']) {
      expect(paths).toContain(path);
    }
  });

  it('answers every generated request safely, and every valid one as documented', async () => {
    const operations = operationsOf(openapi);
    for (const operation of operations) {
      await fc.assert(
        fc.asyncProperty(requestArbitrary(operation, known), async (generated) => {
          const req = { method: generated.method, target: generated.target, headers: generated.headers };
          const res = await rawRequest(server.port, req);
          stats.requests++;
          stats.statuses.set(res.status, (stats.statuses.get(res.status) ?? 0) + 1);
          const what = describeRequest(req);
          expect(violations(res, req, markers), what).toEqual([]);
          if (!generated.valid) return;
          stats.valid++;
          expect([200, 206, 304], what).toContain(res.status);
          const type = (res.headers['content-type'] ?? '').split(';')[0];
          const schema = operation.responses['200']?.content?.[type]?.schema;
          if (res.status === 200 && generated.method === 'GET' && schema && /json/.test(type)) {
            const body = /gzip/.test(res.headers['content-encoding'] ?? '') ? (await import('node:zlib')).gunzipSync(res.body) : res.body;
            expect(schemaErrors(JSON.parse(body.toString('utf8')), schema, openapi).slice(0, 5), what).toEqual([]);
          }
        }),
        { seed: FUZZ_SEED, numRuns: RUNS_PER_OPERATION },
      );
    }
    expect(stats.valid).toBeGreaterThan(operations.length * 20);
  }, 90_000);
});
