import { copyFileSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config';
import { OSM_FIXTURE_DEFAULTS, osmFixtureArchive } from '../../../tiles/fixtures/osm-fixture';
import { BasemapChoice, NoBasemapError, plainAttribution } from './basemap-choice';

const committed = join(REPO_ROOT, 'tiles/basemap.pmtiles');
let fixture: Uint8Array;
const dirs: string[] = [];
function tilesDir(files: Record<string, Uint8Array | string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'basemap-choice-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    if (content === 'committed') copyFileSync(committed, join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  return dir;
}

beforeAll(() => {
  fixture = osmFixtureArchive().archive;
});
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('choosing the basemap', () => {
  it('uses the committed archive when there is no extract, with its zooms, bounds, attribution and detail limit', async () => {
    const info = await new BasemapChoice(tilesDir({ 'basemap.pmtiles': 'committed' })).current();
    expect(info).toMatchObject({ archive: 'basemap', url: '/tiles/basemap.pmtiles', minzoom: 4, maxzoom: 14, detailMaxZoom: 10 });
    expect(info.layers).toEqual(['water', 'boundaries', 'places', 'pois']);
    expect(info.attribution).toMatch(/^GSHHG.*Wuzhen Atlas$/);
    expect(info.bounds[0]).toBeCloseTo(112.5, 6);
    expect(info.bounds[3]).toBeCloseTo(40.97989807, 6);
  });

  it('prefers an extract that reads, taking everything from its header and metadata', async () => {
    const info = await new BasemapChoice(tilesDir({ 'basemap.pmtiles': 'committed', 'basemap-osm.pmtiles': fixture })).current();
    const { box } = OSM_FIXTURE_DEFAULTS;
    expect(info).toMatchObject({ archive: 'basemap-osm', url: '/tiles/basemap-osm.pmtiles', minzoom: 0, maxzoom: 15, detailMaxZoom: null });
    expect(info.bounds.map((v) => Math.round(v * 1e6) / 1e6)).toEqual([box.west, box.south, box.east, box.north]);
    expect(info.layers).toContain('roads');
    // the metadata's HTML link is not taken into our page; its text is
    expect(info.attribution).toBe('Protomaps schema test fixture: invented streets, not © OpenStreetMap data');
  });

  it('falls back to the committed archive, saying why once, when the extract does not read', async () => {
    const warnings: string[] = [];
    const choice = new BasemapChoice(tilesDir({ 'basemap.pmtiles': 'committed', 'basemap-osm.pmtiles': 'not an archive at all, just text' }), { warn: (m) => warnings.push(m), recheckMs: 0 });
    expect((await choice.current()).archive).toBe('basemap');
    expect((await choice.current()).archive).toBe('basemap');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/basemap-osm\.pmtiles: .*using the next archive/);
  });

  it('picks up an extract dropped in, or taken away, while the server runs', async () => {
    const dir = tilesDir({ 'basemap.pmtiles': 'committed' });
    const choice = new BasemapChoice(dir, { recheckMs: 0 });
    expect((await choice.current()).archive).toBe('basemap');
    writeFileSync(join(dir, 'basemap-osm.pmtiles'), fixture);
    expect((await choice.current()).archive).toBe('basemap-osm');
    rmSync(join(dir, 'basemap-osm.pmtiles'));
    expect((await choice.current()).archive).toBe('basemap');
  });

  it('rereads a replaced extract', async () => {
    const dir = tilesDir({ 'basemap.pmtiles': 'committed', 'basemap-osm.pmtiles': 'broken' });
    const choice = new BasemapChoice(dir, { recheckMs: 0, warn: () => undefined });
    expect((await choice.current()).archive).toBe('basemap');
    writeFileSync(join(dir, 'basemap-osm.pmtiles'), fixture);
    utimesSync(join(dir, 'basemap-osm.pmtiles'), new Date(), new Date(Date.now() + 5000));
    expect((await choice.current()).archive).toBe('basemap-osm');
  });

  it('fails, naming the folder, when no archive is there', async () => {
    const dir = tilesDir({});
    await expect(new BasemapChoice(dir).current()).rejects.toThrow(NoBasemapError);
    await expect(new BasemapChoice(dir).current()).rejects.toThrow(dir);
  });
});

describe('plainAttribution', () => {
  it('keeps the words of an HTML attribution and drops its markup', () => {
    expect(plainAttribution('<a href="https://github.com/protomaps/basemaps">Protomaps</a> © <a href="https://openstreetmap.org">OpenStreetMap</a>')).toBe('Protomaps © OpenStreetMap');
    expect(plainAttribution('&copy; OpenStreetMap &amp; contributors')).toBe('© OpenStreetMap & contributors');
    expect(plainAttribution('<script>alert(1)</script>x')).toBe('alert(1)x');
    expect(plainAttribution(undefined)).toBe('');
    expect(plainAttribution(42)).toBe('');
  });
});
