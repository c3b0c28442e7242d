import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from '../test/support/test-app';

const app = testApp({ withWeb: true });
const limited = testApp({ withWeb: true, rateLimit: { budgets: { api: { burst: 1, perSecond: 0.001 }, tiles: { burst: 1, perSecond: 0.001 }, web: { burst: 1000, perSecond: 1000 } } } });

describe('routing is case-sensitive', () => {
  // the rate limit, CORS and the data CSP compare paths case-sensitively: no route may answer
  // to a spelling they do not recognise
  it.each(['/API/search?q=wuzhen', '/Api/layers', '/API/health', '/api/Layers', '/API/openapi.json', '/TILES/basemap.pmtiles', '/Tiles/basemap.pmtiles', '/ASSETS/x.js'])(
    '%s is a 404 problem+json',
    async (path) => {
      const res = await request(app).get(path);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json; charset=utf-8/);
      expect(res.body).toMatchObject({ status: 404, type: '/problems/unknown-path' });
    },
  );

  it('so another spelling cannot step around the API budget', async () => {
    await request(limited).get('/api/health').expect(200);
    await request(limited).get('/api/health').expect(429);
    // not the API under another name: nothing there, and the API budget stays spent
    await request(limited).get('/API/health').expect(404);
    await request(limited).get('/api/health').expect(429);
  });
});

describe('HEAD with Range', () => {
  // RFC 9110 §14.2: Range applies to GET only
  it.each(['/tiles/basemap.pmtiles', '/index.html'])('%s: GET answers 206, HEAD 200 with the whole length', async (path) => {
    const whole = await request(app).head(path).expect(200);
    const get = await request(app).get(path).set('Range', 'bytes=0-9');
    expect(get.status).toBe(206);
    expect(get.headers['content-range']).toMatch(/^bytes 0-9\//);
    for (const range of ['bytes=0-9', 'bytes=-1', 'bytes=99999999-']) {
      const head = await request(app).head(path).set('Range', range);
      expect(head.status, range).toBe(200);
      expect(head.headers['content-range']).toBeUndefined();
      expect(head.headers['content-length']).toBe(whole.headers['content-length']);
    }
  });
});
