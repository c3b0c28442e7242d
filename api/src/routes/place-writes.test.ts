import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createToken } from '../auth/bearer-tokens';
import { hashSecret } from '../auth/secrets';
import { BAD_PATCHES, newLab } from '../../../core/db/testing/place-fixtures';
import { ENGINES } from '../../../core/db/testing/test-databases';
import { openWriteApp, type WriteApp } from '../../test/support/write-app';

describe.each(ENGINES)('writing places (%s)', (engine) => {
  let w: WriteApp;
  beforeAll(async () => {
    w = await openWriteApp(engine);
  });
  afterAll(() => w?.close());

  const auth = () => ({ Authorization: `Bearer ${w.token}` });
  const etagOf = async (id: string) => (await request(w.app).get(`/api/features/${id}`).expect(200)).headers.etag as string;
  const historyOf = async (id: string) => (await request(w.app).get(`/api/features/${id}/history`).expect(200)).body as { action: string; by: string; reason: string | null }[];

  it('serves every feature with an ETag derived from its version', async () => {
    expect(await etagOf('wuzhen-light')).toMatch(/^"v1-r\d+"$/);
  });

  it('refuses writes without valid credentials (401) and writes nothing', async () => {
    const etag = await etagOf('wuzhen-light');
    for (const headers of [{}, { Authorization: 'Bearer not-a-token-of-anyone-here' }, { Authorization: `Basic ${w.token}` }]) {
      const res = await request(w.app).patch('/api/features/wuzhen-light').set(headers).set('If-Match', etag).send({ properties: { status: 'planned' } });
      expect(res.status).toBe(401);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    }
    await w.storage.accounts.revokeToken((await w.storage.accounts.findTokenByHash(hashSecret(w.token)))!.name, new Date().toISOString());
    const revoked = await request(w.app).post('/api/features').set(auth()).send(newLab());
    expect(revoked.status).toBe(401);
    expect(await etagOf('wuzhen-light')).toBe(etag);
    w.token = (await createToken(w.storage.accounts, { name: 'second-editor', role: 'editor' })).token;
  });

  it('patches with If-Match: 428 without it, 412 when stale, 200 with the new feature and ETag', async () => {
    const etag = await etagOf('wuzhen-light');
    const patch = { properties: { status: 'under_construction' } };
    const none = await request(w.app).patch('/api/features/wuzhen-light').set(auth()).send(patch);
    expect(none.status).toBe(428);
    expect(none.headers['content-type']).toMatch(/application\/problem\+json/);

    const reason = '现场核实：仍在施工 (checked on site)';
    const ok = await request(w.app)
      .patch('/api/features/wuzhen-light')
      .set(auth())
      .set('If-Match', etag)
      .set('X-Atlas-Reason', encodeURIComponent(reason))
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify(patch));
    expect(ok.status).toBe(200);
    expect(ok.body.properties.status).toBe('under_construction');
    expect(ok.body.properties.passageIds.length).toBeGreaterThan(0);
    expect(ok.headers.etag).toMatch(/^"v2-r\d+"$/);

    // the next read shows it, everywhere the place appears
    expect((await request(w.app).get('/api/features/wuzhen-light')).body.properties.status).toBe('under_construction');
    const layer = (await request(w.app).get('/api/layers/innovation')).body;
    expect(layer.features.find((f: { id: string }) => f.id === 'wuzhen-light').properties.status).toBe('under_construction');
    expect((await historyOf('wuzhen-light'))[0]).toMatchObject({ action: 'update', reason });

    const stale = await request(w.app).patch('/api/features/wuzhen-light').set(auth()).set('If-Match', etag).send({ properties: { status: 'planned' } });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ status: 412, currentVersion: 2 });
    expect((await request(w.app).get('/api/features/wuzhen-light')).body.properties.status).toBe('under_construction');
  });

  it.each(BAD_PATCHES)('answers 400 problem+json to a patch with %s, writing nothing', async (_why, patch) => {
    const etag = await etagOf('wuzhen-light');
    const before = await historyOf('wuzhen-light');
    const res = await request(w.app).patch('/api/features/wuzhen-light').set(auth()).set('If-Match', etag).set('Content-Type', 'application/json').send(JSON.stringify(patch));
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, type: '/problems/invalid-write' });
    expect(await etagOf('wuzhen-light')).toBe(etag);
    expect(await historyOf('wuzhen-light')).toEqual(before);
  });

  it('answers 400 to a malformed JSON body and to a malformed reason', async () => {
    const etag = await etagOf('wuzhen-light');
    const malformed = await request(w.app).patch('/api/features/wuzhen-light').set(auth()).set('If-Match', etag).set('Content-Type', 'application/json').send('{"properties": {');
    expect(malformed.status).toBe(400);
    expect(malformed.headers['content-type']).toMatch(/application\/problem\+json/);
    const reason = await request(w.app).patch('/api/features/wuzhen-light').set(auth()).set('If-Match', etag).set('X-Atlas-Reason', '%E4%B8').send({ properties: { status: 'planned' } });
    expect(reason.status).toBe(400);
    expect(await etagOf('wuzhen-light')).toBe(etag);
  });

  it('creates a place: 201, Location, ETag, and it is on the map, in search and linked', async () => {
    const res = await request(w.app).post('/api/features').set(auth()).set('X-Atlas-Reason', encodeURIComponent('new lab')).send(newLab('route-lab', '路由实验室'));
    expect(res.status).toBe(201);
    expect(res.headers.location).toBe('/api/features/route-lab');
    expect(res.headers.etag).toMatch(/^"v1-r\d+"$/);
    expect(res.body).toMatchObject({ id: 'route-lab', properties: { name_zh: '路由实验室', passageIds: [] } });
    const layer = (await request(w.app).get('/api/layers/innovation')).body;
    expect(layer.features.map((f: { id: string }) => f.id)).toContain('route-lab');
    const search = (await request(w.app).get('/api/search').query({ q: '路由实验室' })).body;
    expect(search.features.map((f: { id: string }) => f.id)).toContain('route-lab');
    expect((await request(w.app).post('/api/features').set(auth()).send(newLab('route-lab', '另一个路由实验室'))).status).toBe(409);
    expect((await request(w.app).post('/api/features').set(auth()).send({ ...newLab('bad-layer-lab', '坏实验室'), properties: { ...(newLab().properties as object), layer: 'volcanoes' } })).status).toBe(400);
  });

  it('lets exactly 1 of 20 concurrent PATCHes on one version win; 19 get 412 and nothing is lost', async () => {
    const etag = await etagOf('tongxiang');
    const before = (await historyOf('tongxiang')).length;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        request(w.app).patch('/api/features/tongxiang').set(auth()).set('If-Match', etag).send({ properties: { notes: `edit ${i}` } }),
      ),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([200, ...Array(19).fill(412)]);
    const winner = answers.find((a) => a.status === 200)!;
    expect((await request(w.app).get('/api/features/tongxiang')).body.properties.notes).toBe(winner.body.properties.notes);
    expect((await historyOf('tongxiang')).length).toBe(before + 1);
  });

  it('retires a place (If-Match, 204), keeps its history, and reverts it', async () => {
    expect((await request(w.app).delete('/api/features/route-lab').set(auth())).status).toBe(428);
    const etag = await etagOf('route-lab');
    expect((await request(w.app).delete('/api/features/route-lab').set(auth()).set('If-Match', etag)).status).toBe(204);
    expect((await request(w.app).get('/api/features/route-lab')).status).toBe(404);
    const history = await historyOf('route-lab');
    expect(history.map((h) => h.action)).toEqual(['retire', 'create']);
    expect(history[1]).toMatchObject({ reason: 'new lab' });

    const reverted = await request(w.app).post('/api/features/route-lab/revert').set(auth()).set('If-Match', '"v2"').send({ version: 1 });
    expect(reverted.status).toBe(200);
    expect(reverted.headers.etag).toMatch(/^"v3-r\d+"$/);
    expect((await request(w.app).get('/api/features/route-lab')).status).toBe(200);
    expect((await request(w.app).get('/api/features/no-such-place/history')).status).toBe(404);
  });
});
