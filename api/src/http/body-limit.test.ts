import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { bodyLimit } from './body-limit';

const app = express()
  .use(bodyLimit({ maxBytes: 1024 }))
  .all('/x', (_req, res) => res.json({ ok: true }));

describe('bodyLimit', () => {
  it('ignores no body and a small one', async () => {
    await request(app).get('/x').expect(200);
    await request(app).post('/x').send('{}').expect(200);
  });

  it('answers 413 problem+json for a declared body over the limit, and closes', async () => {
    const res = await request(app).post('/x').set('Content-Type', 'text/plain').send('x'.repeat(1025)).expect(413);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.headers.connection).toBe('close');
    expect(res.body).toMatchObject({ status: 413, type: '/problems/content-too-large' });
  });

  it('counts a chunked body as it arrives', async () => {
    const small = request(app).put('/x').set('Transfer-Encoding', 'chunked');
    small.write('a'.repeat(500));
    expect((await small).status).toBe(200);
    const big = request(app).put('/x').set('Transfer-Encoding', 'chunked');
    big.write('a'.repeat(800));
    big.write('b'.repeat(800));
    const res = await big;
    expect(res.status).toBe(413);
    expect(res.body.status).toBe(413);
  });

  it('leaves a declared write route its body, chunked or not, for its own parser', async () => {
    const writes = express()
      .use(bodyLimit({ maxBytes: 1024, except: [{ path: '/w', methods: ['POST'] }] }))
      .use(express.json({ limit: '4kb' }))
      .post('/w', (req, res) => res.json({ got: req.body }))
      .put('/w', (_req, res) => res.json({ ok: true }));
    const body = { text: 'a'.repeat(2000) };
    expect((await request(writes).post('/w').send(body).expect(200)).body.got).toEqual(body);
    const chunked = request(writes).post('/w').set('Content-Type', 'application/json').set('Transfer-Encoding', 'chunked');
    chunked.write('{"text":');
    chunked.write(JSON.stringify('b'.repeat(1500)));
    chunked.write('}');
    expect((await chunked.expect(200)).body.got.text).toHaveLength(1500);
    // other methods on that path are still held to the limit
    await request(writes).put('/w').set('Content-Type', 'text/plain').send('x'.repeat(1025)).expect(413);
  });
});
