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
import { testStore } from '../../api/test/support/test-app';
import { openPage, useHarness, waitForLayers } from './browser-harness';
import { clickTargets, distanceFromDrawn, type ClickTarget } from './click-targets';

const harness = useHarness();
const ZOOMS = [15, 14];
const VIEWPORTS = { desktop: { width: 1400, height: 900 }, phone: { width: 390, height: 844 } };
const ALL_LAYERS = `layers=${LAYER_IDS.join(',')}`;

interface MapProbe {
  project(p: [number, number]): { x: number; y: number };
  getZoom(): number;
  getCenter(): { lng: number; lat: number };
  isMoving(): boolean;
  getStyle(): { sources: Record<string, unknown> };
  isSourceLoaded(id: string): boolean;
}

/**
 * Resolves once the map stands still with the atlas layers in view loaded (the basemap may still
 * be drawing: the places are what is clicked).
 */
function settled(page: Page): Promise<unknown> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __atlasMap: MapProbe }).__atlasMap;
        const ready = () => !map.isMoving() && Object.keys(map.getStyle().sources).filter((s) => s.startsWith('atlas-')).every((s) => map.isSourceLoaded(s));
        const check = () => (ready() ? resolve() : setTimeout(check, 25));
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
  for (const target of targets) {
    const [lon, lat] = target.at;
    // only the view changes: the place opened last stays open, as when a planner pans to the next
    await page.evaluate((view) => (window.location.hash = window.location.hash.replace(/map=[^&]+/, `map=${view}`)), `${zoom}/${lat}/${lon}`);
    await page.waitForFunction((at) => {
      const c = (window as unknown as { __atlasMap: MapProbe }).__atlasMap.getCenter();
      return Math.abs(c.lng - at[0]) < 1e-6 && Math.abs(c.lat - at[1]) < 1e-6;
    }, target.at);
    await settled(page);
    const box = (await page.locator('.map canvas').boundingBox())!;
    const xy = await page.evaluate((p) => (window as unknown as { __atlasMap: MapProbe }).__atlasMap.project(p), target.at);
    expect(xy.x > 0 && xy.x < box.width && xy.y > 0 && xy.y < box.height, `${target.id} is in view`).toBe(true);
    await page.mouse.click(box.x + xy.x, box.y + xy.y);
    const openedHere = (id: string) => new RegExp(`[#&]feature=${id}(&|$)`).test(window.location.hash);
    // several places on one spot: the "which one?" list names each; choose this one
    const chooser = page.getByRole('dialog', { name: /哪一处|Which place/ });
    const first = await Promise.race([
      page.waitForFunction(openedHere, target.id, { timeout: 8000 }).then(() => 'opened'),
      chooser.waitFor({ timeout: 8000 }).then(() => 'chooser'),
    ]).catch(() => 'nothing');
    if (first === 'chooser') {
      await chooser.getByRole('button', { name: target.name_zh }).first().click();
      await page.waitForFunction(openedHere, target.id, { timeout: 8000 }).catch(() => undefined);
    }
    await settled(page);
    const state = await page.evaluate(() => ({
      opened: /(?:^|[#&])feature=([^&]+)/.exec(window.location.hash)?.[1] ?? null,
      zoom: (window as unknown as { __atlasMap: MapProbe }).__atlasMap.getZoom(),
    }));
    outcomes.push({ id: target.id, zoom, opened: state.opened, zoomAfter: Math.round(state.zoom * 100) / 100 });
  }
  return outcomes;
}

/** The basemap takes no clicks; drawing it at each of several hundred views would double the run. */
function hideBasemap(page: Page): Promise<void> {
  return page.evaluate(() => {
    const map = (window as unknown as { __atlasMap: { getStyle(): { layers: Array<{ id: string; source?: string }> }; setLayoutProperty(id: string, p: string, v: string): void } }).__atlasMap;
    for (const layer of map.getStyle().layers) if (layer.source && !/^(atlas-|selection$|hover$|pointer$)/.test(layer.source)) map.setLayoutProperty(layer.id, 'visibility', 'none');
  });
}

async function clickAllOn(viewport: { width: number; height: number }): Promise<{ outcomes: Outcome[]; errors: string[] }> {
  const { page, errors } = await openPage(harness(), `#map=15/${targets[0].at[1]}/${targets[0].at[0]}&${ALL_LAYERS}`, viewport);
  await waitForLayers(page);
  await hideBasemap(page);
  const outcomes: Outcome[] = [];
  for (const zoom of ZOOMS) outcomes.push(...(await clickEach(page, targets, zoom)));
  await page.context().close();
  return { outcomes, errors };
}

const targets = clickTargets(testStore().features, ZOOMS);

describe('one click opens the place under it', () => {
  it('finds a clear spot for every line and zone', () => {
    expect(targets.filter((t) => !t.clear).map((t) => t.id)).toEqual([]);
    expect(targets.filter((t) => t.family === 'Point').length).toBeGreaterThan(50);
    expect(targets.filter((t) => t.family !== 'Point').length).toBeGreaterThan(20);
  });

  it('aims every click at the place as drawn: on its dot, on its line, inside or on its shape', () => {
    const byId = new Map(testStore().features.map((f) => [f.id, f]));
    const off = targets.flatMap((t) => ZOOMS.map((z) => ({ id: t.id, z, px: distanceFromDrawn(t.at, byId.get(t.id)!, z) }))).filter((o) => o.px > 0.5);
    expect(off).toEqual([]);
  });

  it('opens each place at z15 and z14 with the zoom unchanged, on a laptop and on a phone', async () => {
    // one page per screen size, both at once: the two cores of CI share the drawing
    const runs = await Promise.all(Object.values(VIEWPORTS).map(clickAllOn));
    for (const [i, name] of Object.keys(VIEWPORTS).entries()) {
      const { outcomes, errors } = runs[i];
      const wrong = outcomes.filter((o) => o.opened !== o.id || o.zoomAfter !== o.zoom);
      expect(outcomes.length).toBe(targets.length * ZOOMS.length);
      expect(wrong, `${name}: ${wrong.length} of ${outcomes.length} clicks went wrong`).toEqual([]);
      expect(errors, name).toEqual([]);
    }
  }, 1_500_000);

  it('asks "which one?" where places share a spot, and answers the keyboard', async () => {
    // from the data: points drawn on the same spot
    const points = targets.filter((t) => t.family === 'Point');
    const shared = points.filter((p) => points.some((q) => q.id !== p.id && q.at[0] === p.at[0] && q.at[1] === p.at[1]));
    expect(shared.length).toBeGreaterThanOrEqual(2);
    const [lon, lat] = shared[0].at;
    const { page, errors } = await openPage(harness(), `#map=15/${lat}/${lon}&${ALL_LAYERS}`, VIEWPORTS.desktop);
    await waitForLayers(page);
    await settled(page);
    const box = (await page.locator('.map canvas').boundingBox())!;
    const xy = await page.evaluate((p) => (window as unknown as { __atlasMap: MapProbe }).__atlasMap.project(p), shared[0].at);
    const chooser = page.getByRole('dialog', { name: /哪一处|Which place/ });
    await page.mouse.click(box.x + xy.x, box.y + xy.y);
    await chooser.waitFor();
    const names = await chooser.getByRole('button').allTextContents();
    for (const place of shared.filter((p) => p.at[0] === lon && p.at[1] === lat)) expect(names.join('|')).toContain(place.name_zh);
    // the first choice has the focus; Escape closes without opening anything
    expect(await page.evaluate(() => document.activeElement?.closest('[role=dialog]') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await chooser.waitFor({ state: 'detached' });
    expect(page.url()).not.toContain('feature=');
    await page.mouse.click(box.x + xy.x, box.y + xy.y);
    await chooser.waitFor();
    await page.keyboard.press('Tab');
    const second = (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
    await page.keyboard.press('Enter');
    await page.locator('#feature-title').waitFor();
    expect(second).toContain(await page.locator('#feature-title').textContent());
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
