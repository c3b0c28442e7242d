import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/support/test-app';

const app = testApp({ withWeb: true });
const limited = testApp({ rateLimit: { budgets: { api: { burst: 1, perSecond: 0.001 }, tiles: { burst: 1, perSecond: 0.001 }, web: { burst: 1, perSecond: 0.001 } } } });

/** The headers every answer carries, whatever its status. */
export function expectSecurityHeaders(headers: Record<string, string | undefined>, what: string): void {
  const csp = headers['content-security-policy'] ?? '';
  // the web app's policy, or the data's (nothing at all may load)
  expect(csp, what).toMatch(/^default-src 'self';.*script-src 'self';|^default-src 'none';frame-ancestors 'none'$/);
  expect(csp, what).toMatch(/frame-ancestors 'none'/);
  expect(csp, what).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('no-referrer');
  expect(headers['x-frame-options'], what).toBeDefined();
  expect(headers['permissions-policy'], what).toMatch(/camera=\(\)/);
  expect(headers['x-powered-by'], what).toBeUndefined();
  const type = headers['content-type'];
  if (type && /^(text\/|application\/([a-z.+-]*\+)?json|application\/javascript)/.test(type)) expect(type, what).toMatch(/charset=utf-8/i);
}

describe('Content-Security-Policy', () => {
  it('is the full policy for the web app and the empty one for data', async () => {
    expect((await request(app).get('/')).headers['content-security-policy']).toMatch(/^default-src 'self';script-src 'self';script-src-attr 'none';worker-src 'self'/);
    expect((await request(app).get('/nowhere')).headers['content-security-policy']).toMatch(/^default-src 'self'/);
    for (const path of ['/api/health', '/api/layers/atlantis', '/tiles/basemap.pmtiles']) {
      expect((await request(app).get(path)).headers['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
    }
  });
});

describe('security headers on every answer', () => {
  const etagOf = async (path: string) => (await request(app).get(path)).headers.etag as string;

  const cases: Array<[string, () => request.Test, number]> = [
    ['a layer', () => request(app).get('/api/layers/parks').set('Accept-Encoding', 'gzip'), 200],
    ['health', () => request(app).get('/api/health'), 200],
    ['the web app', () => request(app).get('/'), 200],
    ['a tile range', () => request(app).get('/tiles/basemap.pmtiles').set('Range', 'bytes=0-126'), 206],
    ['an unsatisfiable range', () => request(app).get('/tiles/basemap.pmtiles').set('Range', 'bytes=99999999-'), 416],
    ['an unknown layer', () => request(app).get('/api/layers/atlantis'), 404],
    ['a malformed id', () => request(app).get('/api/features/..%2F..%2Fetc'), 400],
    ['an unknown path', () => request(app).get('/nowhere'), 404],
    ['a write', () => request(app).delete('/api/layers/parks'), 405],
    ['a large body', () => request(app).post('/api/search').send('x'.repeat(4096)), 413],
    ['a preflight', () => request(app).options('/api/layers').set('Origin', 'https://x.example').set('Access-Control-Request-Method', 'GET'), 204],
  ];
  it.each(cases)('%s', async (what, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expectSecurityHeaders(res.headers, what);
  });

  it('on 304 revalidations of layers and tiles', async () => {
    for (const path of ['/api/layers/parks', '/tiles/basemap.pmtiles']) {
      const res = await request(app).get(path).set('If-None-Match', await etagOf(path));
      expect(res.status).toBe(304);
      expectSecurityHeaders(res.headers, `304 ${path}`);
    }
  });

  it('on 429', async () => {
    await request(limited).get('/api/health').expect(200);
    const res = await request(limited).get('/api/health').expect(429);
    expectSecurityHeaders(res.headers, '429');
    expect(res.headers['retry-after']).toMatch(/^\d+$/);
  });
});
