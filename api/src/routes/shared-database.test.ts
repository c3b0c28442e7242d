/**
 * Several API processes on one PostgreSQL database (CONTRACT.md "Storage"): a write through one
 * is read through the other within 1 s; with the database gone, writes answer 503 while reads
 * keep serving from memory, and the API reconnects by itself. Runs when TEST_DATABASE_URL is set.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_DATABASE_URL, type TestDatabase } from '../../../core/db/testing/test-databases';
import { TcpProxy } from '../../test/support/tcp-proxy';
import { openWriteAppOn, type WriteApp } from '../../test/support/write-app';

describe.skipIf(!TEST_DATABASE_URL)('two API instances sharing one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: WriteApp;
  let b: WriteApp;
  let proxied: WriteApp;
  const proxy = TEST_DATABASE_URL ? new TcpProxy(new URL(TEST_DATABASE_URL).hostname, Number(new URL(TEST_DATABASE_URL).port || 5432)) : null;

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    a = await openWriteAppOn(database.config, 'editor-a');
    b = await openWriteAppOn(database.config, 'editor-b');
    await proxy!.start();
    const url = new URL(database.config.databaseUrl!);
    url.hostname = '127.0.0.1';
    url.port = String(proxy!.port);
    proxied = await openWriteAppOn({ ...database.config, databaseUrl: url.toString() }, 'editor-c');
  });
  afterAll(async () => {
    await proxy?.stop();
    for (const instance of [a, b, proxied]) await instance?.close();
    await database?.dispose();
  });

  const statusThrough = async (w: WriteApp, id: string) => (await request(w.app).get(`/api/features/${id}`)).body.properties?.status;

  it('shows a write through one instance through the other within 1 s', async () => {
    const etag = (await request(a.app).get('/api/features/wuzhen-light')).headers.etag;
    await request(a.app).patch('/api/features/wuzhen-light').set('Authorization', `Bearer ${a.token}`).set('If-Match', etag).send({ properties: { status: 'planned' } }).expect(200);
    await expect.poll(() => statusThrough(b, 'wuzhen-light'), { timeout: 1000, interval: 20 }).toBe('planned');
    // and B's ETag moved on with it, so B refuses A's old version
    const stale = await request(b.app).patch('/api/features/wuzhen-light').set('Authorization', `Bearer ${b.token}`).set('If-Match', etag).send({ properties: { status: 'study' } });
    expect(stale.status).toBe(412);
  });

  it('answers 503 to writes while the database is gone, keeps serving reads, and reconnects by itself', async () => {
    const etag = (await request(proxied.app).get('/api/features/tongxiang')).headers.etag;
    await proxy!.stop();
    const down = await request(proxied.app)
      .patch('/api/features/tongxiang')
      .set('Authorization', `Bearer ${proxied.token}`)
      .set('If-Match', etag)
      .send({ properties: { notes: 'written while the database is away' } });
    expect(down.status).toBe(503);
    expect(down.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(down.headers['retry-after']).toBeDefined();
    expect((await request(proxied.app).get('/api/layers/towns')).status).toBe(200);
    expect((await request(proxied.app).get('/api/features/tongxiang')).headers.etag).toBe(etag);

    // a write made elsewhere meanwhile reaches it once it is back (the feed says: catch up)
    const wuzhen = (await request(a.app).get('/api/features/wuzhen-light')).headers.etag;
    await request(a.app).patch('/api/features/wuzhen-light').set('Authorization', `Bearer ${a.token}`).set('If-Match', wuzhen).send({ properties: { status: 'existing' } }).expect(200);
    await proxy!.start();
    await expect.poll(() => statusThrough(proxied, 'wuzhen-light'), { timeout: 10_000, interval: 100 }).toBe('existing');
    const up = await request(proxied.app)
      .patch('/api/features/tongxiang')
      .set('Authorization', `Bearer ${proxied.token}`)
      .set('If-Match', etag)
      .send({ properties: { notes: 'written after the database came back' } });
    expect(up.status).toBe(200);
    await expect.poll(() => request(a.app).get('/api/features/tongxiang').then((r) => r.body.properties.notes), { timeout: 1000, interval: 20 }).toBe(
      'written after the database came back',
    );
  });
});
