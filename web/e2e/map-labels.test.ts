/**
 * The map names its lines and zones (issue 16), as drawn in a real browser: railways,
 * expressways and the canal along their lines; a zone inside itself while it is small on screen
 * (at z10 the Wuzhen zones are a few dozen pixels across) and along its outline once there is room.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openPage, useHarness, waitForLayers } from './browser-harness';

const harness = useHarness();
const WUZHEN = { lat: 30.65, lon: 120.55 };

/** The places whose names the map has placed on screen in these style layers, once it is still. */
async function named(page: Page, layers: string[], expected: string[]): Promise<string[]> {
  const read = (ls: string[]) => {
    const map = (window as unknown as { __atlasMap: { queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: { id: string } }>; getLayer(id: string): unknown } }).__atlasMap;
    return [...new Set(map.queryRenderedFeatures({ layers: ls.filter((l) => map.getLayer(l)) }).map((f) => f.properties.id))].sort();
  };
  // placing labels takes a few frames after the data arrives: wait for the expected names, then read
  await page.waitForFunction(([ls, want]) => {
    const map = (window as unknown as { __atlasMap: { queryRenderedFeatures(o: { layers: string[] }): Array<{ properties: { id: string } }>; loaded(): boolean } }).__atlasMap;
    const ids = new Set(map.queryRenderedFeatures({ layers: ls }).map((f) => f.properties.id));
    return map.loaded() && want.every((id) => ids.has(id));
  }, [layers, expected] as const, { timeout: 20_000 }).catch(() => undefined);
  return page.evaluate(read, layers);
}

describe('names on the map', () => {
  it('names railways, expressways, the canal and the zones at z10, the zones inside themselves', async () => {
    const { page, errors } = await openPage(harness(), `#map=10/${WUZHEN.lat}/${WUZHEN.lon}`, { width: 1400, height: 900 });
    await waitForLayers(page);
    const lines = ['huzhou-jiaxing-hangzhou-shaoxing-line', 's12-shenjiahu-expressway', 'grand-canal'];
    expect(await named(page, ['rail-labels', 'roads-labels', 'waterways-labels'], lines)).toEqual(expect.arrayContaining(lines));
    const zones = ['wuzhen-internet-pilot-area', 'jiahu-cooperation-zone', 'tongxiang-edz'];
    expect(await named(page, ['zones-labels-inside'], zones)).toEqual(expect.arrayContaining(zones));
    expect(await named(page, ['zones-labels'], [])).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('names the Wuzhen zones along their outlines from z11, and no longer inside', async () => {
    const { page, errors } = await openPage(harness(), `#map=12/30.72/120.50`, { width: 1400, height: 900 });
    await waitForLayers(page);
    const zones = ['wuzhen-internet-pilot-area', 'jiahu-cooperation-zone'];
    expect(await named(page, ['zones-labels'], zones)).toEqual(expect.arrayContaining(zones));
    expect(await named(page, ['zones-labels-inside'], [])).toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });
});
