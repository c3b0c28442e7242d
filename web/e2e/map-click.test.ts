/**
 * The map answers the click (issue 16), for every place of the gazetteer, generated from the
 * data: with every layer on, the map is centred on a place at z15 and z14 by changing the hash
 * (no reload), the place's dot — or, for a line or zone, a spot where nothing else is drawn
 * (click-targets.ts) — is clicked, and that place must open without the zoom moving. On a laptop
 * and on a phone, one page each.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { LAYER_IDS } from '../../types/atlas';
import { testStore } from '../../api/src/testing/test-app';
import { openPage, useHarness, waitForLayers } from './browser-harness';
import { clickTargets, type ClickTarget } from './click-targets';

const harness = useHarness();
const ZOOMS = [15, 14];
const VIEWPORTS = { desktop: { width: 1400, height: 900 }, phone: { width: 390, height: 844 } };
const ALL_LAYERS = `layers=${LAYER_IDS.join(',')}`;

interface MapProbe {
  project(p: [number, number]): { x: number; y: number };
  getZoom(): number;
  getCenter(): { lng: number; lat: number };
  isMoving(): boolean;
  loaded(): boolean;
  once(event: string, f: () => void): void;
}

/** Resolves once the map stands still with everything in view drawn. */
function settled(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __atlasMap: MapProbe }).__atlasMap;
        const check = () => (map.isMoving() || !map.loaded() ? map.once('idle', check) : resolve());
        // a selection may start moving the map a frame after the click
        requestAnimationFrame(() => requestAnimationFrame(check));
      }),
  );
}

interface Outcome {
  id: string;
  zoom: number;
  opened: string | null;
  zoomAfter: number;
}

async function clickEach(page: Page, targets: ClickTarget[], zoom: number): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const canvas = (await page.locator('.map canvas').boundingBox())!;
  for (const target of targets) {
    const [lon, lat] = target.at;
    await page.evaluate((hash) => (window.location.hash = hash), `#map=${zoom}/${lat}/${lon}&${ALL_LAYERS}`);
    await page.waitForFunction(() => !/feature=/.test(window.location.hash));
    await settled(page);
    const box = (await page.locator('.map canvas').boundingBox()) ?? canvas;
    const xy = await page.evaluate((p) => (window as unknown as { __atlasMap: MapProbe }).__atlasMap.project(p), target.at);
    expect(xy.x, `${target.id} is in view`).toBeGreaterThan(0);
    expect(xy.x).toBeLessThan(box.width);
    await page.mouse.click(box.x + xy.x, box.y + xy.y);
    // several places on one spot: the "which one?" list names each; choose this one
    const chooser = page.getByRole('dialog', { name: /哪一处|Which place/ });
    const opened = await Promise.race([
      page.waitForFunction(() => /feature=/.test(window.location.hash), undefined, { timeout: 5000 }).then(() => 'opened'),
      chooser.waitFor({ timeout: 5000 }).then(() => 'chooser'),
    ]).catch(() => 'nothing');
    if (opened === 'chooser') await chooser.getByRole('button', { name: target.name_zh, exact: false }).first().click();
    await page.waitForFunction(() => /feature=/.test(window.location.hash), undefined, { timeout: 5000 }).catch(() => undefined);
    await settled(page);
    const state = await page.evaluate(() => ({
      opened: /(?:^|[#&])feature=([^&]+)/.exec(window.location.hash)?.[1] ?? null,
      zoom: (window as unknown as { __atlasMap: MapProbe }).__atlasMap.getZoom(),
    }));
    outcomes.push({ id: target.id, zoom, opened: state.opened, zoomAfter: Math.round(state.zoom * 100) / 100 });
  }
  return outcomes;
}

const targets = clickTargets(testStore().features, ZOOMS);

describe('one click opens the place under it', () => {
  it('finds a clear spot for every line and zone', () => {
    expect(targets.filter((t) => !t.clear).map((t) => t.id)).toEqual([]);
    expect(targets.filter((t) => t.family === 'Point').length).toBeGreaterThan(50);
    expect(targets.filter((t) => t.family !== 'Point').length).toBeGreaterThan(20);
  });

  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    it(`opens each place at z15 and z14, zoom unchanged, on a ${name}`, async () => {
      const { page, errors } = await openPage(harness(), `#map=15/${targets[0].at[1]}/${targets[0].at[0]}&${ALL_LAYERS}`, viewport);
      await waitForLayers(page);
      const outcomes: Outcome[] = [];
      for (const zoom of ZOOMS) outcomes.push(...(await clickEach(page, targets, zoom)));
      const wrong = outcomes.filter((o) => o.opened !== o.id || o.zoomAfter !== o.zoom);
      expect(wrong, `${wrong.length} of ${outcomes.length} clicks went wrong`).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    }, 900_000);
  }
});
