/**
 * The planner's path in a real browser: the map appears, layers toggle, a click on a site opens
 * the passages naming it, "open in document" shows the whole document, a link opens a feature,
 * and no request leaves the machine.
 */
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../core/text/script-convert';
import { testStore } from '../../api/test/support/test-app';
import { offMachineRequests, openPage, useHarness, waitForLayers } from './browser-harness';

const harness = useHarness();

describe('the planner in a browser', () => {
  it('sees a map with grouped layer checkboxes, toggles rail, and sends nothing off the machine', async () => {
    const record = await openPage(harness());
    const { page } = record;
    await page.locator('.map canvas').waitFor();
    await waitForLayers(page);
    const boxes = page.getByRole('checkbox');
    expect(await boxes.count()).toBeGreaterThanOrEqual(4);
    // the groups come from /api/layers, titled and ordered as the layer catalogue has them
    const legends = await page.locator('.layer-group > legend').allTextContents();
    expect(legends.map((title, i) => [testStore().catalog.groups[i]?.title_zh, testStore().catalog.groups[i]?.title_en].includes(title))).toEqual(
      testStore().catalog.groups.map(() => true),
    );

    const rail = page.getByRole('checkbox', { name: /铁路/ }).first();
    expect(await rail.isChecked()).toBe(true);
    const railVisibility = () =>
      page.evaluate(() => (window as unknown as { __atlasMap: { getLayoutProperty(l: string, p: string): string } }).__atlasMap.getLayoutProperty('rail-line-existing', 'visibility'));
    expect(await railVisibility()).toBe('visible');
    await rail.uncheck();
    expect(await railVisibility()).toBe('none');
    expect(page.url()).toMatch(/layers=[^&]*parks/);
    expect(page.url()).not.toMatch(/layers=[^&]*\brail\b/);
    await rail.check();
    expect(await railVisibility()).toBe('visible');

    expect(offMachineRequests(record, harness().origin)).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it('clicks a site on the map and reads the passages that name it, then the whole document', async () => {
    const store = testStore();
    const site = store.featureById.get('wuzhen-light')!;
    const [lon, lat] = site.geometry.type === 'Point' ? site.geometry.coordinates : [0, 0];
    const record = await openPage(harness(), `#map=16/${lat}/${lon}&layers=innovation`);
    const { page } = record;
    await waitForLayers(page);
    const point = await page.evaluate(
      ([x, y]) => (window as unknown as { __atlasMap: { project(p: [number, number]): { x: number; y: number } } }).__atlasMap.project([x, y]),
      [lon, lat] as [number, number],
    );
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.click(box.x + point.x, box.y + point.y);

    const title = page.locator('#feature-title');
    await title.waitFor();
    expect(await title.textContent()).toBe(site.properties.name_zh);
    expect(page.url()).toContain('feature=wuzhen-light');
    const firstCitation = page.locator('.citation').first();
    await firstCitation.waitFor();
    const marked = await firstCitation.locator('mark').first().textContent();
    // the first citation may be in Traditional script (doc 001): compare in Simplified
    expect([site.properties.name_zh, ...site.properties.aliases]).toContain(toSimplified(marked ?? ''));

    const passageId = await firstCitation.getAttribute('data-passage-id');
    await firstCitation.getByRole('button', { name: /在文献中打开|Open in document/ }).click();
    const active = page.locator('.reader .passage.active');
    await active.waitFor();
    expect(await active.getAttribute('data-passage-id')).toBe(passageId);
    expect(await page.locator('.reader .passage').count()).toBeGreaterThan(10);
    expect(offMachineRequests(record, harness().origin)).toEqual([]);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it('opens a feature and its passages from a shared link', async () => {
    const record = await openPage(harness(), '#feature=wuzhen-light');
    const { page } = record;
    await page.locator('#feature-title').waitFor();
    expect(await page.locator('#feature-title').textContent()).toBe(testStore().featureById.get('wuzhen-light')!.properties.name_zh);
    expect(await page.locator('.citation').count()).toBe(testStore().featureById.get('wuzhen-light')!.properties.passageIds.length);
    await page.context().close();
  });
});
