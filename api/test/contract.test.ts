/**
 * docs/CONTRACT.md, path by path, against the real app over the real data (supertest).
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS, PRECISIONS, STATUSES } from '../../types/atlas';
import { testApp, testStore } from './support/test-app';

const app = testApp();

function expectProblem(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  expect(JSON.stringify(res.body)).not.toMatch(/at .+\.ts:\d+/);
}

describe('GET /api/health', () => {
  it('answers ok once data is loaded', async () => {
    const res = await request(app).get('/api/health').expect(200);
    // extended (docs/api.md): which basemap archive is in use
    expect(res.body).toEqual({ status: 'ok', basemap: expect.stringMatching(/^basemap(-osm)?$/) });
  });

  it('lists the tile archives checked at start-up, still 200 when one is unreadable', async () => {
    const ok = await request(testApp({ archives: { basemap: 'ok' } })).get('/api/health').expect(200);
    expect(ok.body).toEqual({ status: 'ok', archives: { basemap: 'ok' }, basemap: 'basemap' });
    const degraded = await request(testApp({ archives: { basemap: 'ok', extra: 'unreadable: is empty (0 bytes)' } })).get('/api/health').expect(200);
    expect(degraded.body).toEqual({ status: 'degraded', archives: { basemap: 'ok', extra: 'unreadable: is empty (0 bytes)' }, basemap: 'basemap' });
  });
});

describe('GET /api/layers', () => {
  it('describes every layer with the contract fields (and our delivery, docs/api.md)', async () => {
    const res = await request(app).get('/api/layers').expect(200);
    expect(res.body.map((l: { id: string }) => l.id)).toEqual([...LAYER_IDS]);
    for (const layer of res.body) {
      expect(layer).toEqual({
        delivery: 'geojson',
        id: expect.any(String),
        title_zh: expect.any(String),
        title_en: expect.any(String),
        group: expect.any(String),
        group_title_zh: expect.any(String),
        group_title_en: expect.any(String),
        geometryType: expect.stringMatching(/^(Point|LineString|Polygon)$/),
        featureCount: expect.any(Number),
      });
    }
  });
});

describe('GET /api/layers/{layerId}', () => {
  it('serves each layer as a FeatureCollection whose size matches its descriptor', async () => {
    const { body: layers } = await request(app).get('/api/layers');
    for (const layer of layers) {
      const res = await request(app).get(`/api/layers/${layer.id}`).expect(200);
      expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
      expect(res.body.type).toBe('FeatureCollection');
      expect(res.body.features).toHaveLength(layer.featureCount);
    }
  });

  it('gives every feature the contract properties', async () => {
    for (const feature of testStore().features) {
      const p = feature.properties;
      expect(typeof feature.id).toBe('string');
      expect(p.name_zh.length, feature.id).toBeGreaterThan(0);
      expect(typeof p.name_en).toBe('string');
      expect(Array.isArray(p.aliases)).toBe(true);
      expect(STATUSES).toContain(p.status);
      expect(PRECISIONS).toContain(p.precision);
      expect(p.geometrySource.length, feature.id).toBeGreaterThan(10);
      expect(Array.isArray(p.passageIds)).toBe(true);
    }
  });

  it('answers 304 to a matching If-None-Match, and gzip when asked', async () => {
    const first = await request(app).get('/api/layers/parks').set('Accept-Encoding', 'gzip').expect(200);
    expect(first.headers['content-encoding']).toBe('gzip');
    expect(first.headers.etag).toMatch(/^"/);
    await request(app).get('/api/layers/parks').set('If-None-Match', first.headers.etag).expect(304);
  });

  it('is 404 for an unknown layer and 400 for a malformed id', async () => {
    expectProblem(await request(app).get('/api/layers/no-such-layer'), 404);
    expectProblem(await request(app).get('/api/layers/Parks!'), 400);
    expectProblem(await request(app).get('/api/layers/%E0%A4%A'), 400);
  });
});

describe('GET /api/features/{featureId}', () => {
  it('returns the feature with the passages it cites, each naming it', async () => {
    const res = await request(app).get('/api/features/wuzhen-light').expect(200);
    expect(res.body.type).toBe('Feature');
    expect(res.body.id).toBe('wuzhen-light');
    expect(res.body.passages.length).toBeGreaterThan(0);
    expect(res.body.passages.map((p: { id: string }) => p.id)).toEqual(res.body.properties.passageIds);
    for (const passage of res.body.passages) {
      const mention = passage.mentions.find((m: { featureId: string }) => m.featureId === 'wuzhen-light');
      expect(mention, passage.id).toBeDefined();
    }
  });

  it('is 404 for an unknown feature, 400 for a malformed one', async () => {
    expectProblem(await request(app).get('/api/features/atlantis'), 404);
    expectProblem(await request(app).get('/api/features/..%2F..%2Fetc%2Fpasswd'), 400);
  });
});

describe('GET /api/documents and /api/documents/{id}', () => {
  it('lists the five documents with their metadata and no passages', async () => {
    const res = await request(app).get('/api/documents').expect(200);
    expect(res.body).toHaveLength(5);
    for (const document of res.body) {
      expect(document).toMatchObject({
        id: expect.stringMatching(/^doc-00\d$/),
        title: expect.any(String),
        authors: expect.any(Array),
        language: expect.any(String),
        script: expect.stringMatching(/^(Hans|Hant)$/),
        sourceFile: expect.stringMatching(/\.txt$/),
      });
      expect(document).toHaveProperty('publisher');
      expect(document).toHaveProperty('date');
      expect(document).not.toHaveProperty('passages');
    }
  });

  it('serves a document with all its passages in reading order', async () => {
    const res = await request(app).get('/api/documents/doc-001').expect(200);
    expect(res.body.script).toBe('Hant');
    const indexes = res.body.passages.map((p: { index: number }) => p.index);
    expect(indexes).toEqual([...indexes].sort((a, b) => a - b));
    for (const passage of res.body.passages) {
      expect(passage).toMatchObject({ id: expect.any(String), documentId: 'doc-001', kind: expect.any(String), text: expect.any(String), damaged: expect.any(Array), mentions: expect.any(Array) });
    }
  });

  it('is 404 for an unknown document', async () => {
    expectProblem(await request(app).get('/api/documents/doc-999'), 404);
  });
});

describe('GET /api/search', () => {
  it('finds places and passages, best first', async () => {
    const res = await request(app).get('/api/search').query({ q: '乌镇之光' }).expect(200);
    expect(res.body.features[0].id).toBe('wuzhen-light');
    expect(res.body.passages.length).toBeGreaterThan(0);
  });

  it('finds Simplified names from a Traditional query', async () => {
    const res = await request(app).get('/api/search').query({ q: '烏鎮之光' }).expect(200);
    expect(res.body.features[0].id).toBe('wuzhen-light');
  });

  it('respects limit', async () => {
    const res = await request(app).get('/api/search').query({ q: '乌镇', limit: 2 }).expect(200);
    expect(res.body.features.length).toBeLessThanOrEqual(2);
    expect(res.body.passages.length).toBeLessThanOrEqual(2);
  });

  it('answers an empty result for a query that matches nothing', async () => {
    const res = await request(app).get('/api/search').query({ q: 'zzzzqqq' }).expect(200);
    expect(res.body).toMatchObject({ features: [], passages: [] });
  });

  it.each([
    ['no q', ''],
    ['empty q', '?q='],
    ['repeated q', '?q=a&q=b'],
    ['limit 0', '?q=乌镇&limit=0'],
    ['limit not a number', '?q=乌镇&limit=ten'],
    ['limit too large', '?q=乌镇&limit=100000'],
    ['unknown parameter', '?q=乌镇&colour=red'],
    ['overlong q', `?q=${'镇'.repeat(500)}`],
  ])('is 400 for %s', async (_name, query) => {
    expectProblem(await request(app).get(`/api/search${encodeURI(query)}`), 400);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes every contract path in OpenAPI 3.1', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    expect(res.body.openapi).toMatch(/^3\.1/);
    for (const path of ['/api/health', '/api/layers', '/api/layers/{layerId}', '/api/features/{featureId}', '/api/documents', '/api/documents/{documentId}', '/api/search', '/tiles/{name}.pmtiles']) {
      expect(res.body.paths, path).toHaveProperty([path]);
    }
  });
});

describe('errors', () => {
  it('answers unknown API paths and methods with problem+json, never 5xx', async () => {
    expectProblem(await request(app).get('/api/nothing-here'), 404);
    const post = await request(app).post('/api/layers').send({ a: 1 });
    expect(post.status).toBeGreaterThanOrEqual(400);
    expect(post.status).toBeLessThan(500);
  });

  it('sends security headers and no x-powered-by', async () => {
    const res = await request(app).get('/api/health');
    expect(res.headers['x-powered-by']).toBeUndefined();
    // data answers get the empty policy (http/security.ts), the web app its own
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
