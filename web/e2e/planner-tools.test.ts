/**
 * The planner tools (issue #8) in a real browser: measure a path by keyboard and by mouse, check
 * the airports within two hours of Wuzhen, list what lies in the cooperation zone and open one
 * by keyboard, and export the print view as a PNG. Each test runs once the app mounts its tool
 * (and is skipped until then).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { measurePath } from '../src/tools/measure';
import { placeById } from '../src/tools/places.fixture';
import { testStore } from '../../api/test/support/test-app';
import { offMachineRequests, openPage, useHarness, waitForLayers, type PageRecord } from './browser-harness';

/** the tools' button names in either interface language (web/src/tools/tool-strings.ts) */
const TOOL = {
  measure: /测量距离与面积|Measure distance and area/,
  reach: /可达范围与时间|Reach and travel time/,
  zone: /区内有什么|What lies inside the zone/,
  print: /打印与导出图片|Print and save PNG/,
};
// generous: CI has two cores, and a loaded machine renders slowly; a hang still fails
const TEST_MS = 30_000;

type AtlasWindow = {
  __atlasMap: {
    jumpTo(options: { center: [number, number]; zoom?: number }): void;
    project(p: [number, number]): { x: number; y: number };
    getLayer(id: string): unknown;
    getSource(id: string): unknown;
  };
};
const onMap = (page: Page, id: string) =>
  page.evaluate((styleId) => {
    const map = (window as unknown as AtlasWindow).__atlasMap;
    return Boolean(map.getLayer(styleId) || map.getSource(styleId));
  }, id);
const jumpTo = (page: Page, center: [number, number], zoom = 10) =>
  page.evaluate(([c, z]) => (window as unknown as AtlasWindow).__atlasMap.jumpTo({ center: c, zoom: z }), [center, zoom] as const);
const project = (page: Page, lonLat: [number, number]) => page.evaluate((p) => (window as unknown as AtlasWindow).__atlasMap.project(p), lonLat);

const harness = useHarness();

beforeAll(async () => {
  // Chromium's first map (GPU process, shaders) costs seconds that belong to start-up, not to a test
  const warmUp = await openPage(harness());
  await waitForLayers(warmUp.page);
  await warmUp.page.context().close();
});

async function open(hash: string, tool: RegExp): Promise<PageRecord> {
  const record = await openPage(harness(), hash);
  await waitForLayers(record.page);
  const button = record.page.getByRole('button', { name: tool });
  // the tools load after the first view
  await button.waitFor();
  await button.click();
  return record;
}

async function finish(record: PageRecord): Promise<void> {
  expect(offMachineRequests(record, harness().origin)).toEqual([]);
  expect(record.errors).toEqual([]);
  await record.page.context().close();
}

describe('the planner tools in a browser', () => {
  it('measures Wuzhen to Xiaoshan airport from the keyboard, then a path by mouse', async () => {
    // only the labs layer: Wuzhen Light is on the map to be clicked, and little else to draw
    const record = await open('#map=10/30.744/120.487&layers=innovation', TOOL.measure);
    const { page } = record;
    const panel = page.locator('.tool-measure');
    const result = panel.getByRole('status');
    const addAtCentre = panel.getByRole('button', { name: /在地图中心添加顶点|Add vertex at map centre/ });

    await addAtCentre.click();
    await jumpTo(page, [120.434, 30.236]);
    await addAtCentre.click();
    expect(await result.textContent()).toMatch(/5[5-7]\.\d (公里|km)/);
    expect(await onMap(page, 'tool-measure-line')).toBe(true);
    await page.keyboard.press('Escape');
    expect(await result.textContent()).toMatch(/尚未添加顶点|No vertices yet/);

    // by mouse, starting on a place: the click measures, it does not open Wuzhen Light
    const site = placeById('wuzhen-light');
    if (site.geometry.type !== 'Point') throw new Error('wuzhen-light is a point');
    const [lon, lat] = site.geometry.coordinates;
    const path: [number, number][] = [[lon, lat], [lon + 0.1, lat], [lon + 0.1, lat + 0.1]];
    await jumpTo(page, [lon + 0.05, lat + 0.05]);
    const box = (await page.locator('.map canvas').boundingBox())!;
    const pixels = [];
    for (const at of path) {
      const p = await project(page, at);
      pixels.push({ x: box.x + p.x, y: box.y + p.y });
    }
    await page.mouse.click(pixels[0].x, pixels[0].y);
    await page.mouse.click(pixels[1].x, pixels[1].y);
    await page.mouse.dblclick(pixels[2].x, pixels[2].y);
    await expect.poll(() => result.getAttribute('data-finished')).toBe('true');
    expect(page.url()).not.toContain('feature=');
    expect(await result.textContent()).toMatch(/3 (个顶点|vertices)/);
    const km = Number((await result.textContent())!.match(/([\d.]+) (公里|km)/)![1]);
    expect(Math.abs(km - measurePath(path).totalKm)).toBeLessThan(0.3);
    expect(await panel.locator('.tool-legs li').count()).toBe(2);

    await page.getByRole('button', { name: TOOL.measure }).click();
    expect(await onMap(page, 'tool-measure-line')).toBe(false);
    expect(await onMap(page, 'tool-measure')).toBe(false);
    await finish(record);
  }, TEST_MS);

  it('finds the four airports within two hours of Wuzhen by road, and draws the rings', async () => {
    const record = await open('', TOOL.reach);
    const { page } = record;
    const panel = page.locator('.tool-reach');
    const rows = panel.locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-airport-id')))).toEqual([
      'xiaoshan-airport',
      'shuofang-airport',
      'hongqiao-airport',
      'pudong-airport',
    ]);
    expect(await panel.locator('tbody td.yes').count()).toBe(4);
    expect(await panel.getByRole('status').textContent()).toMatch(/4 \/ 4|4 of 4/);
    expect(await panel.textContent()).toMatch(/直线距离估算|straight-line estimates/);
    expect(await onMap(page, 'tool-reach-ring')).toBe(true);

    // from Pudong the list starts with Pudong itself, and Xiaoshan is beyond two hours
    await panel.getByRole('combobox').selectOption('pudong-airport');
    await expect.poll(() => rows.first().getAttribute('data-airport-id')).toBe('pudong-airport');
    expect(await panel.locator('tr[data-airport-id="xiaoshan-airport"] td.no').count()).toBe(1);
    await finish(record);
  }, TEST_MS);

  it('lists what lies in the cooperation zone and opens a planned line from the keyboard', async () => {
    const record = await open('', TOOL.zone);
    const { page } = record;
    const panel = page.locator('.tool-zone');
    const transport = panel.locator('.tool-hits').first();
    await transport.locator('button[data-feature-id]').first().waitFor();
    const ids = await transport.locator('button[data-feature-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-feature-id')));
    expect([...ids].sort()).toEqual(['huzhou-jiaxing-hangzhou-shaoxing-line', 'sutai-expressway-nanxun-tongxiang']);
    expect(await panel.locator('button[data-feature-id="world-internet-industrial-park"]').count()).toBe(1);
    expect(await onMap(page, 'tool-zone-outline')).toBe(true);

    await transport.locator('button[data-feature-id]').first().focus();
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-feature-id'));
    expect(focused).toBe(ids[1]);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`feature=${focused}`);
    await finish(record);
  }, TEST_MS);

  it('shows a print layout with legend and sources, and saves it as a PNG', async () => {
    const record = await open('#map=11/30.744/120.487', TOOL.print);
    const { page } = record;
    const dialog = page.getByRole('dialog');
    const image = dialog.locator('.print-map img');
    await image.waitFor();
    // the snapshot is the map, not a blank buffer: count distinct colours in a sample of it
    const colours = await image.evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      const seen = new Set<number>();
      for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
      return seen.size;
    });
    expect(colours).toBeGreaterThan(8);
    await expect.poll(() => dialog.locator('.print-sources li').count()).toBeGreaterThanOrEqual(5);
    expect(await dialog.locator('.print-legend .legend').count()).toBe(1);
    // the sheet's layer list names the visible layers as /api/layers titles them
    const printed = await dialog.locator('.print-layers li').allTextContents();
    const titles = testStore().layers.flatMap((layer) => [layer.title_zh, layer.title_en]);
    expect(printed.length).toBeGreaterThan(0);
    for (const label of printed) expect(titles).toContain(label.trim());

    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: /保存 PNG|Save PNG/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^wuzhen-atlas-\d{4}-\d{2}-\d{2}\.png$/);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const mapWidth = await image.evaluate((img: HTMLImageElement) => img.naturalWidth);
    expect(png.readUInt32BE(16)).toBeGreaterThan(mapWidth);

    // on paper only the sheet shows
    await page.emulateMedia({ media: 'print' });
    const visibility = (selector: string) => page.locator(selector).first().evaluate((el) => getComputedStyle(el).visibility);
    expect(await visibility('.topbar')).toBe('hidden');
    expect(await visibility('.print-sheet h2')).toBe('visible');
    await finish(record);
  }, TEST_MS);
});
