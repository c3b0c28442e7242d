import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { PRECISIONS, STATUSES } from '../../../types/atlas';
import { api } from '../../../web/src/api/client';
import { exportUrl, FeatureFilter } from '../../../web/src/state/feature-filter';
import { atlasOpenApiDocument } from '../routes/openapi';
import { testApp, testStore } from '../../test/support/test-app';
import { BadParameterError } from './problem';
import { parseQueryString, queryKeysFor, queryRulesOf } from './query-check';

const app = testApp();

describe('parseQueryString', () => {
  it('decodes form-encoded pairs: + is a space, UTF-8 percent-escapes, bare keys', () => {
    expect(parseQueryString('q=%E4%B9%8C%E9%95%87+light&limit=5&flag&&')).toEqual([
      { key: 'q', value: '乌镇 light' },
      { key: 'limit', value: '5' },
      { key: 'flag', value: '' },
    ]);
  });

  it.each([
    ['a repeated key', 'q=a&q=b', 'q'],
    ['a repeated bare key', 'a&a', 'a'],
    ['a key repeated in another spelling', 'q=a&%71=b', 'q'],
    ['a byte that is not UTF-8', 'q=%ff', 'q'],
    ['an overlong UTF-8 form of /', 'q=%c0%af', 'q'],
    ['a truncated UTF-8 sequence', 'q=%e4%b9', 'q'],
    ['a non-hex escape', 'q=%zz', 'q'],
    ['a lone %', 'q=100%', 'q'],
    ['a bad escape in a key', '%ff=1', '%ff'],
  ])('refuses %s', (_what, query, parameter) => {
    let error: unknown;
    try {
      parseQueryString(query);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BadParameterError);
    expect((error as BadParameterError).extensions).toEqual({ parameter });
  });
});

describe('queryRulesOf', () => {
  const rules = queryRulesOf(atlasOpenApiDocument());
  const keysAt = (path: string, method = 'GET') => [...(queryKeysFor(rules, method, path) ?? ['(not described)'])];

  it('lists each path\'s query keys from the OpenAPI document', () => {
    expect(keysAt('/api/search')).toEqual(['q', 'limit']);
    expect(keysAt('/api/search', 'HEAD')).toEqual(['q', 'limit']);
    expect(keysAt('/api/search/')).toEqual(['q', 'limit']);
    expect(keysAt('/api/export')).toEqual(['layers', 'format', 'status', 'precision', 'document']);
    expect(keysAt('/api/features/wuzhen-light/claims')).toEqual(['measure']);
    expect(keysAt('/api/features/wuzhen-light')).toEqual([]);
    expect(keysAt('/api/layers')).toEqual([]);
    expect(keysAt('/api/nowhere')).toEqual(['(not described)']);
    // a method the document does not describe is its route's business
    expect(keysAt('/api/search', 'POST')).toEqual(['(not described)']);
  });

  it('reads each method\'s own parameters', () => {
    const [rule] = queryRulesOf({
      paths: {
        '/api/things/{id}': {
          parameters: [{ name: 'lang', in: 'query' }],
          get: { parameters: [{ name: 'view', in: 'query' }, { name: 'id', in: 'path' }] },
          delete: { parameters: [{ name: 'reason', in: 'query' }] },
        },
      },
    });
    expect(rule.path.test('/api/things/a-1')).toBe(true);
    expect(rule.path.test('/api/things/a/b')).toBe(false);
    expect([...rule.keys.get('get')!]).toEqual(['lang', 'view']);
    expect([...rule.keys.get('delete')!]).toEqual(['lang', 'reason']);
  });
});

/** Every documented API GET, with real ids in its path. */
function apiPaths(): string[] {
  const store = testStore();
  const real: Record<string, string> = { layerId: store.layers[0].id, featureId: 'wuzhen-light', documentId: store.documents[0].id };
  return Object.keys(atlasOpenApiDocument().paths)
    .filter((template) => template.startsWith('/api/'))
    .map((template) => template.replace(/\{(\w+)\}/g, (_m, name: string) => real[name]));
}

describe('every API route refuses a bad query string with 400 problem+json', () => {
  const bad: Array<[string, string]> = [
    ['a repeated key', 'q=a&q=b'],
    ['a repeated known key', 'limit=1&limit=2'],
    ['an unknown key', 'foo=1'],
    ['a prototype key', '__proto__=1'],
    ['a bracketed key', 'q[]=a'],
    ['invalid UTF-8', 'q=%ff'],
    ['invalid percent-encoding', 'q=%zz'],
  ];
  const cases = apiPaths().flatMap((path) => bad.map(([what, query]) => [path, what, query] as const));

  it('covers every documented API path', () => {
    expect(apiPaths().length).toBeGreaterThanOrEqual(11);
  });

  it.each(cases)('%s with %s', async (path, _what, query) => {
    for (const method of ['get', 'head'] as const) {
      const res = await request(app)[method](`${path}?${query}`);
      expect(res.status, `${method} ${path}?${query}`).toBe(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json; charset=utf-8/);
      if (method === 'get') expect(res.body).toMatchObject({ status: 400, type: '/problems/bad-parameter', title: 'Bad Request', detail: expect.any(String) });
    }
  });

  it('names the unknown key and what the path takes', async () => {
    const res = await request(app).get('/api/search?q=wuzhen&page=2').expect(400);
    expect(res.body.parameter).toBe('page');
    expect(res.body.detail).toMatch(/takes q, limit/);
    const none = await request(app).get('/api/layers?v=123').expect(400);
    expect(none.body.detail).toMatch(/takes no parameters/);
  });

  it('leaves an unknown API path to answer 404', async () => {
    await request(app).get('/api/nowhere?foo=1').expect(404);
  });
});

describe('what the web app sends still answers', () => {
  /** The browser's fetch, answered by the app: the network boundary, nothing of ours replaced. */
  async function throughApp<T>(call: () => Promise<T>): Promise<{ answer: T; urls: string[] }> {
    const urls: string[] = [];
    const original = globalThis.fetch;
    globalThis.fetch = (async (url: string) => {
      urls.push(url);
      const res = await request(app).get(url).set('Accept', 'application/json');
      return new Response(res.text, { status: res.status, headers: { 'Content-Type': String(res.headers['content-type']) } });
    }) as typeof fetch;
    try {
      return { answer: await call(), urls };
    } finally {
      globalThis.fetch = original;
    }
  }

  it.each([
    ['search', () => api.search('乌镇 light+', 20)],
    ['layers', () => api.layers()],
    ['a layer', () => api.layer('parks')],
    ['a feature', () => api.feature('wuzhen-light')],
    ['documents', () => api.documents()],
    ['a document', () => api.document(testStore().documents[0].id)],
    ['a place\'s claims', () => api.claims('wuzhen-light')],
    ['claims of a measure', () => api.allClaims('area')],
    ['every claim', () => api.allClaims()],
    ['discrepancies of a place', () => api.discrepancies('wuzhen-light')],
  ])('web/src/api/client.ts: %s', async (_what, call) => {
    const { answer, urls } = await throughApp(call as () => Promise<unknown>);
    expect(urls).toHaveLength(1);
    expect(answer).toBeTruthy();
  });

  it('web/src/state/feature-filter.ts: the export link, filtered or not', async () => {
    const filtered = new FeatureFilter({ statuses: [...STATUSES].slice(0, 2), precisions: [PRECISIONS[0]], documents: [testStore().documents[0].id] });
    for (const [layers, filter] of [
      [['parks', 'innovation'], filtered],
      [testStore().layers.map((l) => l.id), new FeatureFilter({ statuses: null, precisions: null, documents: null })],
    ] as const) {
      for (const format of ['geojson', 'csv'] as const) {
        const url = exportUrl([...layers], filter, format);
        expect((await request(app).get(url)).status, url).toBe(200);
      }
    }
  });
});
