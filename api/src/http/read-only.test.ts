import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { methodGuard, readOnly } from './read-only';

function appWith(guard: express.RequestHandler) {
  const app = express();
  app.use(guard);
  // any request the guard lets through reaches this and says so
  app.all('/{*rest}', (req, res) => void res.json({ reached: `${req.method} ${req.path}` }));
  return app;
}

describe('methodGuard', () => {
  const app = appWith(methodGuard([{ path: '/api/session', methods: ['POST', 'DELETE'] }, { path: '/api/features/:id', methods: ['PATCH', 'DELETE'] }]));

  it('lets reads through everywhere', async () => {
    expect((await request(app).get('/api/layers/parks')).body.reached).toBe('GET /api/layers/parks');
    expect((await request(app).head('/')).status).toBe(200);
  });

  it.each([
    ['post', '/api/session'],
    ['delete', '/api/session'],
    ['post', '/api/session/'],
    ['post', '/API/Session'],
    ['patch', '/api/features/wuzhen-light'],
    ['delete', '/api/features/wuzhen-light'],
  ] as const)('lets %s %s through to its route', async (method, path) => {
    const res = await request(app)[method](path);
    expect(res.status).toBe(200);
    expect(res.body.reached).toBe(`${method.toUpperCase()} ${path}`);
  });

  it.each([
    ['put', '/api/session', 'GET, HEAD, OPTIONS, POST, DELETE'],
    ['patch', '/api/session', 'GET, HEAD, OPTIONS, POST, DELETE'],
    ['post', '/api/features/wuzhen-light', 'GET, HEAD, OPTIONS, PATCH, DELETE'],
    ['patch', '/api/features/', 'GET, HEAD, OPTIONS'],
    ['patch', '/api/features/a/b', 'GET, HEAD, OPTIONS'],
    ['post', '/api/layers/parks', 'GET, HEAD, OPTIONS'],
    ['delete', '/', 'GET, HEAD, OPTIONS'],
    ['post', '/api/session/x', 'GET, HEAD, OPTIONS'],
  ] as const)('refuses %s %s with 405 problem+json and Allow: %s', async (method, path, allow) => {
    const res = await request(app)[method](path).send({ a: 1 });
    expect(res.status).toBe(405);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers.allow).toBe(allow);
    expect(res.body).toMatchObject({ type: '/problems/method-not-allowed', status: 405 });
  });

  it('answers OPTIONS with what the path allows', async () => {
    const res = await request(app).options('/api/features/x');
    expect(res.status).toBe(204);
    expect(res.headers.allow).toBe('GET, HEAD, OPTIONS, PATCH, DELETE');
  });
});

describe('readOnly (no write routes)', () => {
  it('refuses every write with 405', async () => {
    const app = appWith(readOnly);
    for (const path of ['/api/session', '/api/layers/parks', '/']) {
      const res = await request(app).post(path);
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
    }
  });
});
