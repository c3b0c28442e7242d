import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { REPO_ROOT } from '../config';
import { fixedSource } from '../../../core/store/atlas-source';
import { testStore } from '../../test/support/test-app';
import { osmFixtureArchive } from '../../../tiles/fixtures/osm-fixture';

const dir = mkdtempSync(join(tmpdir(), 'basemap-route-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const app = () => createApp(fixedSource(testStore()), { tilesDir: dir, rateLimit: false });

describe('GET /api/basemap and /api/health', () => {
  it('describe the committed basemap while it is the only one, and serve it where they say', async () => {
    copyFileSync(join(REPO_ROOT, 'tiles/basemap.pmtiles'), join(dir, 'basemap.pmtiles'));
    const server = app();
    const res = await request(server).get('/api/basemap').expect(200).expect('Content-Type', /json/);
    expect(res.body).toMatchObject({ archive: 'basemap', url: '/tiles/basemap.pmtiles', minzoom: 4, maxzoom: 14, detailMaxZoom: 10 });
    expect(Object.keys(res.body).sort()).toEqual(['archive', 'attribution', 'bounds', 'detailMaxZoom', 'layers', 'maxzoom', 'minzoom', 'url']);
    await request(server).get(res.body.url).set('Range', 'bytes=0-126').expect(206);
    expect((await request(server).get('/api/health').expect(200)).body).toEqual({ status: 'ok', basemap: 'basemap' });
  });

  it('switch to an OpenStreetMap extract once it is there', async () => {
    writeFileSync(join(dir, 'basemap-osm.pmtiles'), osmFixtureArchive().archive);
    const server = app();
    const res = await request(server).get('/api/basemap').expect(200);
    expect(res.body).toMatchObject({ archive: 'basemap-osm', url: '/tiles/basemap-osm.pmtiles', minzoom: 0, maxzoom: 15, detailMaxZoom: null });
    await request(server).get(res.body.url).set('Range', 'bytes=0-126').expect(206);
    expect((await request(server).get('/api/health').expect(200)).body).toEqual({ status: 'ok', basemap: 'basemap-osm' });
  });

  it('answer problem+json, not a crash, when no archive can be read', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'basemap-none-'));
    const server = createApp(fixedSource(testStore()), { tilesDir: empty, rateLimit: false });
    const res = await request(server).get('/api/basemap').expect(500).expect('Content-Type', /problem\+json/);
    expect(JSON.stringify(res.body)).not.toContain(empty);
    expect((await request(server).get('/api/health').expect(200)).body).toEqual({ status: 'ok', basemap: null });
    rmSync(empty, { recursive: true, force: true });
  });
});
