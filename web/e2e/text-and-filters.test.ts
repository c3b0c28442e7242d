/**
 * The planner's other paths in a real browser: search by keyboard, walk a document's places,
 * filter by status, reach every place without a mouse, export with citations.
 */
import { describe, expect, it } from 'vitest';
import { testStore } from '../../api/test/support/test-app';
import { storySteps } from '../src/text/story-steps';
import { offMachineRequests, openPage, useHarness, waitForLayers } from './browser-harness';

const harness = useHarness();

describe('text and map together', () => {
  it('searches in Traditional script and opens the place by keyboard', async () => {
    const record = await openPage(harness());
    const { page } = record;
    const box = page.getByRole('searchbox');
    await box.fill('烏鎮之光');
    await page.getByRole('option').first().waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.locator('#feature-title').waitFor();
    expect(page.url()).toContain('feature=wuzhen-light');
    expect(offMachineRequests(record, harness().origin)).toEqual([]);
    await page.context().close();
  });

  it('says so when a search finds nothing', async () => {
    const { page } = await openPage(harness());
    await page.getByRole('searchbox').fill('qqqzzzxxx');
    await page.getByText(/没有找到结果|No results/).waitFor();
    await page.context().close();
  });

  it("walks a document's places in reading order, moving the map", async () => {
    const store = testStore();
    const document = store.documents.find((d) => d.passages.some((p) => p.mentions.length > 0))!;
    const first = document.passages.find((p) => p.mentions.length > 0)!;
    const record = await openPage(harness(), `#passage=${first.id}`);
    const { page } = record;
    await page.locator('.reader').waitFor();
    await waitForLayers(page);
    await page.getByRole('button', { name: /按阅读顺序游览地点|Walk the places/ }).click();
    await page.getByText(/第 1 \/ \d+ 站|Stop 1 of/).waitFor();
    const active = () => page.locator('.reader .passage.active').getAttribute('data-passage-id');
    expect(await active()).toBe(first.id);
    await page.getByRole('button', { name: /下一处|Next/ }).click();
    await page.getByText(/第 2 \/ \d+ 站|Stop 2 of/).waitFor();
    // the place of the current stop is drawn as the map's selection
    const expected = storySteps(document.passages)[1].featureId;
    const selectedId = () =>
      page.evaluate(async () => {
        const source = (window as unknown as { __atlasMap: { getSource(id: string): { getData(): Promise<GeoJSON.FeatureCollection> } } }).__atlasMap.getSource('selection');
        const data = await source.getData();
        return String(data.features[0]?.id ?? '');
      });
    await expect.poll(selectedId).toBe(expected);
    expect(record.errors).toEqual([]);
    await page.context().close();
  });

  it('filters by status: only planned places remain in the list and the counts', async () => {
    const { page } = await openPage(harness(), '#status=planned');
    await waitForLayers(page);
    const planned = testStore().features.filter((f) => f.properties.status === 'planned' && f.properties.layer !== 'admin');
    const list = page.locator('.feature-list');
    await list.locator('summary').click();
    await expect.poll(() => list.locator('li').count()).toBe(planned.length);
    const railCount = await page.locator('.layer-toggle', { hasText: '铁路' }).first().locator('.layer-count').textContent();
    const railPlanned = planned.filter((f) => f.properties.layer === 'rail').length;
    expect(railCount).toMatch(new RegExp(`^${railPlanned}/`));
    await page.context().close();
  });

  it('reaches a place with the keyboard alone through the list of places', async () => {
    const { page } = await openPage(harness(), '#layers=airports');
    await waitForLayers(page);
    await page.locator('.feature-list summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.locator('#feature-title').waitFor();
    const airports = testStore().features.filter((f) => f.properties.layer === 'airports').map((f) => f.properties.name_zh);
    expect(airports).toContain(await page.locator('#feature-title').textContent());
    await page.context().close();
  });

  it('exports the parks with their citations as GeoJSON from the share button', async () => {
    const { page } = await openPage(harness(), '#layers=parks');
    await waitForLayers(page);
    const href = await page.getByRole('link', { name: /导出 GeoJSON|Export GeoJSON/ }).getAttribute('href');
    expect(href).toContain('layers=parks');
    const response = await page.request.get(`${harness().origin}${href}`);
    const body = await response.json();
    expect(body.features.length).toBe(testStore().features.filter((f) => f.properties.layer === 'parks').length);
    const cited = body.features.find((f: { properties: { citations: unknown[] } }) => f.properties.citations.length > 0);
    expect(cited.properties.citations[0]).toMatchObject({ passageId: expect.any(String), text: expect.any(String) });
    await page.context().close();
  });
});
