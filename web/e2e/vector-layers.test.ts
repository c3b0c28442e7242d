/**
 * A layer above the GeoJSON threshold, in a real browser: built here with a threshold of 10
 * features so that today's larger layers (parks, venues, innovation) go out as vector tiles.
 * The planner must not see a difference: the places are drawn, clickable, highlighted and
 * filtered as before, and the browser never downloads those layers' GeoJSON.
 */
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../../api/src/config';
import { loadAtlas } from '../../core/load-atlas';
import { type AtlasStore } from '../../core/store/atlas-store';
import { offMachineRequests, openPage, useHarness, waitForLayers } from './browser-harness';

let store: AtlasStore;
const harness = useHarness(() => (store = loadAtlas(configFromEnv({ GEOJSON_MAX_FEATURES: '10' }))));

interface MapProbe {
  getSource(id: string): { type: string } | undefined;
  getFilter(id: string): unknown;
  project(p: [number, number]): { x: number; y: number };
  queryRenderedFeatures(options: { layers: string[] }): Array<{ properties: Record<string, unknown> }>;
}
const probe = 'window.__atlasMap';

describe('a layer delivered as vector tiles', () => {
  it('is drawn from its archive, opens a clicked place with its passages and highlights it', async () => {
    const park = store.layerCollections.get('parks')!.features.find((f) => f.geometry.type === 'Point' && f.properties.precision === 'surveyed')
      ?? store.layerCollections.get('parks')!.features.find((f) => f.geometry.type === 'Point')!;
    const [lon, lat] = (park.geometry as GeoJSON.Point).coordinates;
    const record = await openPage(harness(), `#map=15/${lat}/${lon}&layers=parks`);
    const { page } = record;
    await waitForLayers(page);
    expect(await page.evaluate(`${probe}.getSource('atlas-parks').type`)).toBe('vector');
    expect(record.requests.some((url) => url.endsWith('/tiles/layer-parks.pmtiles'))).toBe(true);
    expect(record.requests.filter((url) => /\/api\/layers\/(parks|venues|innovation)$/.test(url))).toEqual([]);
    expect(record.requests.some((url) => url.endsWith('/api/layers/rail'))).toBe(true);

    // a place with no site in the documents is drawn as a soft disc, a sited one as a dot
    const drawn = (await page.evaluate(`${probe}.queryRenderedFeatures({ layers: ['parks-points', 'parks-indicative'] }).map((f) => f.properties.id)`)) as string[];
    expect(drawn).toContain(park.id);

    const point = (await page.evaluate(`${probe}.project([${lon}, ${lat}])`)) as { x: number; y: number };
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);
    const title = page.locator('#feature-title');
    await title.waitFor();
    expect(await title.textContent()).toBe(park.properties.name_zh);
    if (park.properties.passageIds.length > 0) await page.locator('.citation').first().waitFor();
    // the selection is fetched (the layer's features are not in the page) and drawn on top
    // a function, not a string: the page's CSP forbids eval, which a polled string predicate needs
    await page.waitForFunction(
      () => (window as unknown as { __atlasMap: { queryRenderedFeatures(o: object): unknown[] } }).__atlasMap.queryRenderedFeatures({ layers: ['selection-point'] }).length > 0,
      undefined,
      { timeout: 10_000 },
    );

    // the keyboard list says where the tiled places went instead of silently leaving them out
    await page.locator('.feature-list summary').click();
    expect(await page.locator('.feature-list').textContent()).toMatch(/vector tiles|矢量瓦片/);

    expect(offMachineRequests(record, harness().origin)).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it('applies the status filter to tiled places by their properties', async () => {
    const planned = store.layerCollections.get('venues')!.features.filter((f) => f.properties.status === 'planned');
    const record = await openPage(harness(), '#map=10/30.74/120.49&layers=venues&status=planned');
    const { page } = record;
    await waitForLayers(page);
    const shown = (await page.evaluate(`${probe}.queryRenderedFeatures({ layers: ['venues-points', 'venues-indicative'] }).map((f) => f.properties.status)`)) as string[];
    expect(new Set(shown)).toEqual(new Set(planned.length > 0 ? ['planned'] : []));
    for (const layer of ['venues-points', 'venues-indicative']) expect(JSON.stringify(await page.evaluate(`${probe}.getFilter('${layer}')`))).toContain('planned');
    // the count beside a tiled layer is not pretended: it says the map shows it
    expect(await page.locator('label.layer-toggle', { hasText: /会展、文化与社区/ }).locator('.layer-count').textContent()).toMatch(/^–\/\d+$/);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });
});
