import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { testApp, testStore } from '../../test/support/test-app';
import { downloadName } from './export';

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
    ['an empty layers list', '?layers='],
    ['a layers list of commas only', '?layers=,,'],
    ['an empty layers list with a format', '?layers=&format=csv'],
  ])('is 400 for %s', async (_name, query) => {
    const res = await request(app).get(`/api/export${query}`);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('names the problem of an empty layers list', async () => {
    const res = await request(app).get('/api/export?layers=').expect(400);
    expect(res.body).toMatchObject({ parameter: 'layers', detail: expect.stringMatching(/at least one layer/) });
  });

  it('counts a repeated layer id once, in the features and in the file name', async () => {
    const once = await request(app).get('/api/export?layers=parks&format=csv').expect(200);
    const repeated = await request(app).get(`/api/export?layers=${Array(300).fill('parks').join(',')}&format=csv`).expect(200);
    expect(repeated.text).toBe(once.text);
    expect(repeated.headers['content-disposition']).toBe('attachment; filename="wuzhen-atlas-parks.csv"');
  });

  it('filters by a status with an underscore, as the web app\'s filter sends it', async () => {
    const res = await request(app).get('/api/export?status=under_construction').expect(200);
    const { features } = JSON.parse(res.text);
    expect(features.length).toBe(testStore().features.filter((f) => f.properties.status === 'under_construction').length);
    expect(features.length).toBeGreaterThan(0);
  });

  it('keeps the file name short however many layers are named', async () => {
    const all = testStore().layers.map((l) => l.id);
    for (let n = 1; n <= all.length; n++) {
      const res = await request(app).get(`/api/export?layers=${all.slice(0, n).join(',')}&format=csv`).expect(200);
      const name = /filename="([^"]+)\.csv"$/.exec(res.headers['content-disposition'])![1];
      expect(name.length, name).toBeLessThanOrEqual(73);
      expect(name).toBe(n === all.length ? 'wuzhen-atlas-all' : downloadName(all.slice(0, n), all.length));
    }
  });
});

describe('downloadName', () => {
  it('is all, a few ids, or a count, never longer than 73 characters', () => {
    expect(downloadName(['a', 'b', 'c'], 3)).toBe('wuzhen-atlas-all');
    expect(downloadName(['parks', 'innovation'], 9)).toBe('wuzhen-atlas-parks-innovation');
    expect(downloadName(['a', 'b', 'c', 'd'], 9)).toBe('wuzhen-atlas-4-layers');
    const long = ['x'.repeat(80), 'y'.repeat(80)];
    expect(downloadName(long, 9)).toBe('wuzhen-atlas-2-layers');
    expect(downloadName(['z'.repeat(60)], 9).length).toBe(73);
  });
});
