/**
 * Sharing is exact (issue 16): a link's `map=` wins over the place's own framing; a dragged view
 * comes back from "copy link" where it was; on a phone, Back and an edited `map=` move the map as
 * on a laptop, and the entry Back returns to still names the view it had.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testStore } from '../../api/test/support/test-app';
import { formatMapView, parseMapView } from '../src/map/map-hash';
import { openPage, useHarness, waitForLayers } from './browser-harness';

const harness = useHarness();
const PHONE = { width: 390, height: 844 };

interface MapProbe {
  getCenter(): { lng: number; lat: number };
  getZoom(): number;
  project(p: [number, number]): { x: number; y: number };
  isMoving(): boolean;
}

const view = (page: Page) =>
  page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: MapProbe }).__atlasMap;
    const c = map.getCenter();
    return { lon: c.lng, lat: c.lat, zoom: map.getZoom() };
  });

const still = (page: Page) =>
  page.waitForFunction(() => !(window as unknown as { __atlasMap: MapProbe }).__atlasMap.isMoving(), undefined, { polling: 100 }).then(() => page.waitForTimeout(150));

/** Metres between two views' centres. */
function metres(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const dx = (a.lon - b.lon) * 111_320 * Math.cos((a.lat * Math.PI) / 180);
  const dy = (a.lat - b.lat) * 110_540;
  return Math.hypot(dx, dy);
}

/** The view a URL names, rounded as the link writes it. */
const mapHash = (url: string) => {
  const view = parseMapView(new URL(url).hash);
  return view ? formatMapView(view) : null;
};

async function clickAt(page: Page, lonLat: [number, number]): Promise<void> {
  const xy = await page.evaluate((p) => (window as unknown as { __atlasMap: MapProbe }).__atlasMap.project(p), lonLat);
  const box = (await page.locator('.map canvas').boundingBox())!;
  await page.mouse.click(box.x + xy.x, box.y + xy.y);
}

describe('a shared view', () => {
  it('wins over the place\'s own framing when a link names both', async () => {
    // the cooperation zone frames itself at about z11; the link asks for z15 near its edge
    const { page } = await openPage(harness(), '#map=15/30.7275/120.4955&feature=jiahu-cooperation-zone');
    await waitForLayers(page);
    await page.locator('#feature-title').waitFor();
    await page.waitForTimeout(900);
    await still(page);
    const now = await view(page);
    expect(now.zoom).toBeCloseTo(15, 2);
    expect(metres(now, { lon: 120.4955, lat: 30.7275 })).toBeLessThan(2);
    await page.context().close();
  });

  it('comes back from "copy link" where it was dragged to', async () => {
    const context = await harness().browser.newContext({ viewport: { width: 1400, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(`${harness().origin}/#feature=wuzhen-light`);
    await waitForLayers(page);
    await page.locator('#feature-title').waitFor();
    await page.waitForTimeout(900);
    await still(page);
    // drag the map: a planner's own view, not the place's framing
    const box = (await page.locator('.map canvas').boundingBox())!;
    await page.mouse.move(box.x + 300, box.y + 400);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + 300 - 25 * i, box.y + 400 - 12 * i);
    await page.mouse.up();
    await still(page);
    await page.waitForFunction(() => /map=/.test(window.location.hash));
    const dragged = await view(page);
    await page.getByRole('button', { name: /复制链接|Copy link/ }).click();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('feature=wuzhen-light');

    const again = await context.newPage();
    await again.goto(link);
    await waitForLayers(again);
    await again.locator('#feature-title').waitFor();
    await again.waitForTimeout(900);
    await still(again);
    const restored = await view(again);
    expect(restored.zoom).toBeCloseTo(dragged.zoom, 2);
    expect(metres(restored, dragged)).toBeLessThan(5);
    await context.close();
  });
});

describe('Back and an edited link on a phone', () => {
  it('move the map as on a laptop, and keep each entry\'s view', async () => {
    const site = testStore().featureById.get('wuzhen-light')!;
    const [lon, lat] = (site.geometry as GeoJSON.Point).coordinates;
    // the place sits low on the map: the sheet that opens below takes its spot, so opening it moves the map
    const start = `#map=15/${(lat + 0.004).toFixed(5)}/${lon}&layers=innovation`;
    const { page, errors } = await openPage(harness(), start, PHONE);
    await waitForLayers(page);
    await still(page);
    const before = await view(page);
    const startMap = mapHash(page.url());

    await clickAt(page, [lon, lat]);
    await page.locator('#feature-title').waitFor();
    expect(page.url()).toContain('feature=wuzhen-light');
    await page.waitForTimeout(900);
    await still(page);
    const opened = await view(page);
    expect(opened.zoom).toBeCloseTo(15, 2);
    expect(metres(opened, before)).toBeGreaterThan(100);
    const openedMap = mapHash(page.url());

    await page.goBack();
    await page.waitForFunction(() => !/feature=/.test(window.location.hash));
    await still(page);
    expect(await page.locator('#feature-title').count()).toBe(0);
    expect(mapHash(page.url()), 'the entry Back returns to keeps its own view').toBe(startMap);
    expect(metres(await view(page), before)).toBeLessThan(5);

    await page.goForward();
    await page.locator('#feature-title').waitFor();
    await still(page);
    expect(mapHash(page.url())).toBe(openedMap);
    expect(metres(await view(page), opened)).toBeLessThan(5);

    // an edited map= moves the map, sheet open or not
    await page.evaluate((hash) => (window.location.hash = hash), `#map=13/30.75/120.47&feature=wuzhen-light&layers=innovation`);
    await page.waitForTimeout(300);
    await still(page);
    const edited = await view(page);
    expect(edited.zoom).toBeCloseTo(13, 2);
    expect(metres(edited, { lon: 120.47, lat: 30.75 })).toBeLessThan(5);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
