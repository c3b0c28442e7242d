/**
 * The claims endpoints (issue #10) against the real app over the real data (supertest):
 * GET /api/features/{id}/claims, GET /api/claims, GET /api/discrepancies, and claims in search.
 */
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp, testStore } from '../../test/support/test-app';

const app = testApp();

function expectProblem(res: request.Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
}

describe('GET /api/features/{featureId}/claims', () => {
  it('answers the contract fields for every claim, the text being the passage range', async () => {
    const res = await request(app).get('/api/features/wuzhen-light/claims').expect(200);
    expect(res.body.length).toBeGreaterThan(3);
    for (const claim of res.body) {
      expect(claim).toMatchObject({
        id: expect.any(String),
        featureId: 'wuzhen-light',
        measure: expect.any(String),
        unit: expect.any(String),
        text: expect.any(String),
        passageId: expect.any(String),
        documentId: expect.any(String),
        start: expect.any(Number),
        end: expect.any(Number),
      });
      expect(claim).toHaveProperty('value');
      expect(claim).toHaveProperty('qualifier');
      expect(claim).toHaveProperty('documentDate');
      expect(testStore().passageById.get(claim.passageId)!.text.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it('is in date order: started in 2020-11, in use by 2021, running in 2022', async () => {
    const res = await request(app).get('/api/features/wuzhen-light/claims?measure=status').expect(200);
    expect(res.body.map((c: { value: string; documentDate: string }) => [c.documentDate, c.value])).toEqual([
      ['2021', 'under_construction'],
      ['2021', 'existing'],
      ['2022-07-13', 'existing'],
    ]);
    expect(res.body[0].asOf).toBe('2020-11');
  });

  it('flags the claims that are statements of a discrepancy', async () => {
    const res = await request(app).get('/api/features/wuzhen-academicians-home/claims?measure=count').expect(200);
    const flagged = res.body.filter((c: { discrepancyIds: string[] }) => c.discrepancyIds.length > 0);
    expect(flagged.map((c: { value: number }) => c.value).sort()).toEqual([30, 46]);
  });

  it('answers an empty list for a place no figure is about', async () => {
    const quiet = testStore().features.find((f) => f.properties.passageIds.length === 0)!;
    expect((await request(app).get(`/api/features/${quiet.id}/claims`).expect(200)).body).toEqual([]);
  });

  it('is 404 for an unknown place and 400 for a malformed id or parameter', async () => {
    expectProblem(await request(app).get('/api/features/atlantis/claims'), 404);
    expectProblem(await request(app).get('/api/features/Wuzhen!/claims'), 400);
    expectProblem(await request(app).get('/api/features/wuzhen-light/claims?measure=height'), 400);
    expectProblem(await request(app).get('/api/features/wuzhen-light/claims?colour=red'), 400);
  });
});

describe('GET /api/claims', () => {
  it('lists every claim, attached or not, narrowed by measure and place', async () => {
    const all = (await request(app).get('/api/claims').expect(200)).body;
    expect(all.some((c: { featureId: string | null }) => c.featureId === null)).toBe(true);
    const investments = (await request(app).get('/api/claims?measure=investment').expect(200)).body;
    expect(investments.length).toBeGreaterThan(0);
    for (const c of investments) expect(c).toMatchObject({ measure: 'investment', unit: 'CNY' });
    const park = (await request(app).get('/api/claims?feature=world-internet-industrial-park&measure=investment').expect(200)).body;
    expect(park.map((c: { value: number }) => c.value)).toEqual([2.48e10]);
  });

  it('is 400 for an unknown place, measure or parameter', async () => {
    expectProblem(await request(app).get('/api/claims?feature=atlantis'), 400);
    expectProblem(await request(app).get('/api/claims?measure=weight'), 400);
    expectProblem(await request(app).get('/api/claims?measure=area&measure=count'), 400);
  });
});

describe('GET /api/discrepancies', () => {
  it('lists where documents differ, each document with its value, date and passages', async () => {
    const res = await request(app).get('/api/discrepancies').expect(200);
    expect(res.body.length).toBeGreaterThan(0);
    for (const d of res.body) {
      expect(d).toMatchObject({ id: expect.any(String), featureId: expect.any(String), name_zh: expect.any(String), measure: expect.any(String) });
      expect(d.statements.length).toBeGreaterThanOrEqual(2);
      expect(new Set(d.statements.map((s: { documentId: string }) => s.documentId)).size).toBe(d.statements.length);
      for (const s of d.statements) expect(s.passageIds.every((id: string) => testStore().passageById.has(id))).toBe(true);
    }
    const home = res.body.find((d: { featureId: string }) => d.featureId === 'wuzhen-academicians-home');
    expect(home.statements.map((s: { value: number }) => s.value)).toEqual([30, 46]);
  });

  it('narrows to one place, and is 400 for an unknown one', async () => {
    const res = await request(app).get('/api/discrepancies?feature=wuzhen-big-data-park').expect(200);
    expect(res.body.map((d: { measure: string }) => d.measure)).toEqual(['status']);
    expect((await request(app).get('/api/discrepancies?feature=wuzhen-light').expect(200)).body).toEqual([]);
    expectProblem(await request(app).get('/api/discrepancies?feature=atlantis'), 400);
    expectProblem(await request(app).get('/api/discrepancies?feature=../x'), 400);
  });
});

describe('claims in GET /api/search', () => {
  it('adds the found places\' claims as a third key, keeping features and passages', async () => {
    const res = await request(app).get('/api/search').query({ q: '乌镇之光' }).expect(200);
    expect(res.body.features[0].id).toBe('wuzhen-light');
    expect(res.body.passages.length).toBeGreaterThan(0);
    expect(res.body.claims.length).toBeGreaterThan(0);
    expect(res.body.claims[0].featureId).toBe('wuzhen-light');
  });

  it('finds claims by the words of their sentence and respects limit', async () => {
    const res = await request(app).get('/api/search').query({ q: '总投资', limit: 3 }).expect(200);
    expect(res.body.claims.length).toBeGreaterThan(0);
    expect(res.body.claims.length).toBeLessThanOrEqual(3);
    expect((await request(app).get('/api/search').query({ q: 'zzzzqqq' }).expect(200)).body.claims).toEqual([]);
  });
});

describe('GET /api/openapi.json', () => {
  it('describes the claims paths', async () => {
    const res = await request(app).get('/api/openapi.json').expect(200);
    for (const path of ['/api/features/{featureId}/claims', '/api/claims', '/api/discrepancies']) expect(res.body.paths).toHaveProperty([path]);
  });
});
