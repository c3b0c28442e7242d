/**
 * The basemap in a real browser (issue 19): with only the committed archive, the map says where
 * its detail ends (z14 in Wuzhen) and opens the README's section on cutting an OpenStreetMap
 * extract; once an extract is in the tiles folder (here the Protomaps-schema fixture), the same
 * style draws it, from the source /api/basemap describes, and the note is gone.
 */
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../api/src/config';
import { osmFixtureArchive, osmFixtureLayers } from '../../tiles/fixtures/osm-fixture';
import { offMachineRequests, openPage, useHarness, waitForLayers } from './browser-harness';

const tilesDir = mkdtempSync(join(tmpdir(), 'atlas-basemap-e2e-'));
copyFileSync(join(REPO_ROOT, 'tiles/basemap.pmtiles'), join(tilesDir, 'basemap.pmtiles'));
const harness = useHarness(undefined, () => ({ tilesDir }));
afterAll(() => rmSync(tilesDir, { recursive: true, force: true }));

const probe = 'window.__atlasMap';

describe('the basemap', () => {
  it('says quietly, in Chinese and English, where the committed basemap has no more detail', async () => {
    const record = await openPage(harness(), '#map=14/30.74/120.49');
    const { page } = record;
    const note = page.locator('.basemap-note');
    await note.waitFor({ timeout: 30_000 });
    const text = (await note.textContent()) ?? '';
    expect(text).toContain('底图细节到此为止');
    expect(text).toContain('Basemap detail ends here');
    expect(text).toContain('10');
    expect(await page.evaluate(`${probe}.getSource('basemap').url`)).toBe(`pmtiles://${harness().origin}/tiles/basemap.pmtiles`);

    // the link opens the README's section, read from the README itself
    await note.locator('summary').click();
    await page.waitForFunction(() => document.querySelector('.basemap-note-help')?.textContent?.includes('npm run basemap:extract'), undefined, { timeout: 10_000 });
    expect(await page.locator('.basemap-note-help').textContent()).toContain('build.protomaps.com');

    // where the basemap has its detail, nothing is said
    await page.evaluate(`${probe}.jumpTo({ zoom: 9 })`);
    await page.locator('.basemap-note').waitFor({ state: 'detached', timeout: 10_000 });

    expect(offMachineRequests(record, harness().origin)).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it('keeps to a line on a phone, where the map is a strip', async () => {
    const { page, errors } = await openPage(harness(), '#map=14/30.74/120.49', { width: 390, height: 844 });
    const note = page.locator('.basemap-note');
    await note.waitFor({ timeout: 30_000 });
    expect(await page.locator('.basemap-note-body').isVisible()).toBe(false);
    const box = (await note.boundingBox())!;
    const map = (await page.locator('.map canvas').boundingBox())!;
    // the title and the link: a small corner, not a third of the map
    expect(box.width * box.height).toBeLessThan((map.width * map.height) / 10);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('draws an OpenStreetMap extract with the same style once one is there, and has nothing to say', async () => {
    writeFileSync(join(tilesDir, 'basemap-osm.pmtiles'), osmFixtureArchive().archive);
    // the server notices within its recheck interval, no restart
    const origin = harness().origin;
    for (let i = 0; i < 50; i++) {
      const answer = (await (await fetch(`${origin}/api/basemap`)).json()) as { archive: string };
      if (answer.archive === 'basemap-osm') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    // the fixture's town: its streets, canals and buildings
    const town = osmFixtureLayers().places.features.find((f) => f.properties!.kind_detail === 'town')!;
    const [lon, lat] = (town.geometry as GeoJSON.Point).coordinates;
    const record = await openPage(harness(), `#map=14/${lat}/${lon}`);
    const { page } = record;
    await waitForLayers(page);
    const source = (await page.evaluate(`({ url: ${probe}.getSource('basemap').url, maxzoom: ${probe}.getSource('basemap').maxzoom })`)) as { url: string; maxzoom: number };
    expect(source).toEqual({ url: `pmtiles://${origin}/tiles/basemap-osm.pmtiles`, maxzoom: 15 });
    expect(record.requests.some((url) => url.endsWith('/tiles/basemap-osm.pmtiles'))).toBe(true);

    const drawn = (await page.evaluate(
      `${probe}.queryRenderedFeatures({ layers: ['basemap-roads_minor', 'basemap-water_canal', 'basemap-buildings', 'basemap-earth'] }).map((f) => f.layer.id)`,
    )) as string[];
    for (const layer of ['basemap-roads_minor', 'basemap-water_canal', 'basemap-buildings', 'basemap-earth']) expect(drawn, layer).toContain(layer);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('invented streets, not © OpenStreetMap data');
    expect(await page.locator('.basemap-note').count()).toBe(0);

    expect(offMachineRequests(record, origin)).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });
});
