import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp, testStore } from '../../test/support/test-app';

const app = testApp();

describe('GET /api/export', () => {
  it('exports the chosen layers as GeoJSON with each feature\'s citations', async () => {
    const res = await request(app).get('/api/export?layers=parks,innovation&format=geojson').expect(200);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename=".+\.geojson"/);
    const body = JSON.parse(res.text);
    const expected = testStore().features.filter((f) => ['parks', 'innovation'].includes(f.properties.layer));
    expect(body.features).toHaveLength(expected.length);
    const light = body.features.find((f: { id: string }) => f.id === 'wuzhen-light');
    expect(light.properties.citations.length).toBe(light.properties.passageIds.length);
    for (const citation of light.properties.citations) {
      expect(testStore().passageById.get(citation.passageId)!.text).toBe(citation.text);
    }
  });

  it('exports CSV with the planner\'s columns, one row per feature', async () => {
    const res = await request(app).get('/api/export?layers=parks&format=csv').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('id,name_zh,name_en,layer,category,status,precision,geometrySource,geometryType,lon,lat,passageIds,passageTexts,wkt');
    const parks = testStore().features.filter((f) => f.properties.layer === 'parks');
    // rows may contain quoted line breaks only if passages did; passages have none
    expect(lines).toHaveLength(parks.length + 1);
  });

  it('gives each row its whole geometry as WKT in the last column, lines included', async () => {
    const res = await request(app).get('/api/export?layers=rail&format=csv').expect(200);
    const rows = res.text.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    const rail = testStore().features.filter((f) => f.properties.layer === 'rail');
    expect(rows).toHaveLength(rail.length);
    for (const row of rows) expect(row).toMatch(/,"(MULTI)?LINESTRING \(\(?[\d. ,()]+\)"$/);
  });

  it('narrows by status and by document', async () => {
    const planned = JSON.parse((await request(app).get('/api/export?status=planned,proposed').expect(200)).text);
    for (const f of planned.features) expect(['planned', 'proposed']).toContain(f.properties.status);
    const fromDoc = JSON.parse((await request(app).get('/api/export?document=doc-004').expect(200)).text);
    for (const f of fromDoc.features) expect(f.properties.passageIds.some((id: string) => id.startsWith('doc-004-p'))).toBe(true);
  });

  it.each([
    ['an unknown layer', '?layers=parks,atlantis'],
    ['an unknown format', '?format=shp'],
    ['an unknown status', '?status=demolished'],
    ['an unknown document', '?document=doc-999'],
    ['a malformed list', '?layers=../etc'],
  ])('is 400 for %s', async (_name, query) => {
    const res = await request(app).get(`/api/export${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
