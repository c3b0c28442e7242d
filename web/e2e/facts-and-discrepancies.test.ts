/**
 * Claims in the browser: the facts layer sizes places by a stated figure and a click on one opens
 * the passage that states it; the discrepancies view lists where documents disagree.
 */
import { describe, expect, it } from 'vitest';
import { testApp } from '../../api/test/support/test-app';
import { openPage, useHarness, waitForLayers } from './browser-harness';
import request from 'supertest';

const harness = useHarness();

describe('claims on the map', () => {
  it('draws the facts layer for a measure and opens the stating passage on click', async () => {
    const { page } = await openPage(harness(), '#map=9/30.7/120.6&layers=parks,innovation,venues,zones,towns');
    await waitForLayers(page);
    await page.getByLabel(/数据图层|Facts layer/).selectOption('count');
    await page.getByText(/个地点有此类数字|places have such a figure/).waitFor();
    const point = await page.evaluate(async () => {
      const map = (window as unknown as { __atlasMap: { getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> }; project(p: [number, number]): { x: number; y: number }; jumpTo(o: object): void } }).__atlasMap;
      const data = await map.getSource('atlas-facts').getData();
      const first = data.features[0] as GeoJSON.Feature<GeoJSON.Point, { passageId: string }>;
      map.jumpTo({ center: first.geometry.coordinates, zoom: 12 });
      return { passageId: first.properties.passageId, coordinates: first.geometry.coordinates as [number, number] };
    });
    await page.waitForTimeout(300);
    const xy = await page.evaluate((c) => (window as unknown as { __atlasMap: { project(p: [number, number]): { x: number; y: number } } }).__atlasMap.project(c), point.coordinates);
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.click(box.x + xy.x, box.y + xy.y);
    await page.locator('.reader .passage.active').waitFor();
    expect(page.url()).toContain(`passage=${point.passageId}`);
    // the click opened the figure's passage only: the place under the circle was not selected too
    expect(page.url()).not.toContain('feature=');
    await page.context().close();
  });

  it('lists the discrepancies between documents, each with its statements', async () => {
    const expected = (await request(testApp()).get('/api/discrepancies').expect(200)).body as unknown[];
    const { page } = await openPage(harness());
    await page.getByRole('button', { name: /文献间的出入|Where the documents differ/ }).click();
    await page.locator('#discrepancies-title').waitFor();
    await expect.poll(() => page.locator('.discrepancies [data-discrepancy-id]').count()).toBe(expected.length);
    expect(expected.length).toBeGreaterThan(0);
    await page.context().close();
  });
});
