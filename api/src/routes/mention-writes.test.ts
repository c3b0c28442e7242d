import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../core/db/testing/test-databases';
import type { Mention, Passage } from '../../../types/atlas';
import { openWriteApp, type WriteApp } from '../../test/support/write-app';

describe.each(ENGINES)('writing links (%s)', (engine) => {
  let w: WriteApp;
  beforeAll(async () => {
    w = await openWriteApp(engine);
  });
  afterAll(() => w?.close());

  const auth = () => ({ Authorization: `Bearer ${w.token}` });
  const passageOf = async (passageId: string): Promise<Passage> => {
    const documentId = passageId.replace(/-p\d+$/, '');
    const document = (await request(w.app).get(`/api/documents/${documentId}`).expect(200)).body as { passages: Passage[] };
    return document.passages.find((p) => p.id === passageId)!;
  };

  it('serves mentions with an id and an origin; the reviewed overrides are editor mentions', async () => {
    const heading = await passageOf('doc-001-p003');
    expect(heading.mentions.find((m) => m.featureId === 'tongxiang')).toEqual({ start: 2, end: 5, featureId: 'tongxiang', id: 'e.doc-001-p003.2.5.tongxiang', origin: 'editor' });
    const light = (await request(w.app).get('/api/features/wuzhen-light')).body as { passages: Passage[] };
    const auto = light.passages.flatMap((p) => p.mentions).find((m) => m.origin === 'auto')!;
    expect(auto.id).toMatch(/^a\.doc-\d{3}-p\d{3}\.\d+\.\d+\.[a-z0-9-]+$/);
  });

  it('rejects an automatic link (204) and it stays rejected when the corpus is linked again', async () => {
    const feature = (await request(w.app).get('/api/features/wuzhen-light')).body as { properties: { passageIds: string[] }; passages: Passage[] };
    const [first] = feature.passages;
    const target = first.mentions.find((m) => m.featureId === 'wuzhen-light' && m.origin === 'auto')!;
    const others = first.mentions.filter((m) => m.featureId === 'wuzhen-light' && m.id !== target.id);

    expect((await request(w.app).delete(`/api/mentions/${target.id}`)).status).toBe(401);
    expect((await request(w.app).delete(`/api/mentions/${target.id}`).set(auth()).set('X-Atlas-Reason', encodeURIComponent('不是这个地方'))).status).toBe(204);
    const gone = (await passageOf(first.id)).mentions;
    expect(gone.map((m) => m.id)).not.toContain(target.id);
    const after = (await request(w.app).get('/api/features/wuzhen-light')).body as { properties: { passageIds: string[] } };
    if (others.length === 0) expect(after.properties.passageIds).not.toContain(first.id);

    // any place edit links the corpus again
    const etag = (await request(w.app).get('/api/features/tongxiang')).headers.etag;
    await request(w.app).patch('/api/features/tongxiang').set(auth()).set('If-Match', etag).send({ properties: { notes: 'touched to re-link' } }).expect(200);
    expect((await passageOf(first.id)).mentions.map((m) => m.id)).not.toContain(target.id);
    const history = (await request(w.app).get('/api/features/wuzhen-light/history')).body;
    expect(history[0]).toMatchObject({ action: 'rejectMention', reason: '不是这个地方', after: null });
    expect((await request(w.app).delete(`/api/mentions/${target.id}`).set(auth())).status).toBe(404);
  });

  it('adds a mention from a selection (201 {id, …}), shows it, and takes it back', async () => {
    const passage = await passageOf('doc-000-p001');
    // a stretch of text no mention covers
    let start = 0;
    while (passage.mentions.some((m: Mention) => m.start < start + 2 && start < m.end)) start++;
    const body = { passageId: passage.id, start, end: start + 2, featureId: 'wuzhen-light' };
    expect((await request(w.app).post('/api/mentions').send(body)).status).toBe(401);
    const res = await request(w.app).post('/api/mentions').set(auth()).send(body);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ ...body, origin: 'editor', id: `e.${passage.id}.${start}.${start + 2}.wuzhen-light` });
    expect((await passageOf(passage.id)).mentions).toContainEqual({ start, end: start + 2, featureId: 'wuzhen-light', id: res.body.id, origin: 'editor' });
    expect((await request(w.app).get('/api/features/wuzhen-light')).body.properties.passageIds).toContain(passage.id);
    expect((await request(w.app).post('/api/mentions').set(auth()).send(body)).status).toBe(409);

    expect((await request(w.app).delete(`/api/mentions/${res.body.id}`).set(auth())).status).toBe(204);
    expect((await passageOf(passage.id)).mentions.map((m) => m.id)).not.toContain(res.body.id);
    const actions = (await request(w.app).get('/api/features/wuzhen-light/history')).body.map((h: { action: string }) => h.action);
    expect(actions.slice(0, 2)).toEqual(['removeMention', 'addMention']);
  });

  it.each([
    ['an unknown passage', { passageId: 'doc-999-p001', start: 0, end: 2, featureId: 'wuzhen-light' }],
    ['an unknown place', { passageId: 'doc-000-p001', start: 0, end: 2, featureId: 'no-such-place' }],
    ['a range past the end', { passageId: 'doc-000-p001', start: 0, end: 100_000, featureId: 'wuzhen-light' }],
    ['an empty range', { passageId: 'doc-000-p001', start: 3, end: 3, featureId: 'wuzhen-light' }],
    ['a missing field', { passageId: 'doc-000-p001', start: 0, featureId: 'wuzhen-light' }],
    ['an extra field', { passageId: 'doc-000-p001', start: 0, end: 2, featureId: 'wuzhen-light', origin: 'auto' }],
  ])('answers 400 to a mention with %s', async (_why, body) => {
    const res = await request(w.app).post('/api/mentions').set(auth()).send(body);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('answers 404 for a mention id nobody has, 400 for one that cannot be an id', async () => {
    expect((await request(w.app).delete('/api/mentions/a.doc-000-p001.0.1.nowhere').set(auth())).status).toBe(404);
    expect((await request(w.app).delete('/api/mentions/e.doc-000-p001.0.1.nowhere').set(auth())).status).toBe(404);
    expect((await request(w.app).delete('/api/mentions/DROP TABLE').set(auth())).status).toBe(400);
  });
});
