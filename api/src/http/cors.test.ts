import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp } from '../../test/support/test-app';

const app = testApp({ withWeb: true });

describe('CORS: public read-only data, same-origin web app', () => {
  it.each(['/api/layers', '/api/layers/nowhere', '/tiles/basemap.pmtiles'])('lets any origin read %s', async (path) => {
    const res = await request(app).get(path).set('Origin', 'https://notebook.example');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-expose-headers']).toMatch(/ETag/);
    expect(res.headers['access-control-expose-headers']).toMatch(/Content-Range/);
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('answers a preflight for a ranged tile read', async () => {
    const res = await request(app)
      .options('/tiles/basemap.pmtiles')
      .set('Origin', 'https://map.example')
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'range, if-none-match')
      .expect(204);
    expect(res.headers['access-control-allow-methods']).toBe('GET, HEAD, OPTIONS');
    expect(res.headers['access-control-allow-headers']).toMatch(/Range/);
    expect(res.headers['access-control-max-age']).toBe('86400');
  });

  it('gives the web app no CORS headers', async () => {
    const res = await request(app).get('/').set('Origin', 'https://elsewhere.example');
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['cross-origin-resource-policy']).toBe('same-origin');
  });
});
