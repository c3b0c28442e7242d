/**
 * The switch itself, in the real app: the atlas started as `npm start` starts it, on a copy of
 * the gazetteer whose parks layer gains 100,000 seeded sites (generate-large-layer.ts,
 * writeScalePlaces). Three times: on the real gazetteer alone (the baseline: software WebGL
 * makes some frames long tasks whatever we draw), with the sites and the default threshold, so
 * the layer goes out as vector tiles, and with the threshold lifted (GEOJSON_MAX_FEATURES /
 * GEOJSON_MAX_BYTES), so the same layer goes out as GeoJSON — what the app would do without
 * the switch. In Chromium, each time: the page is loaded at the scale sites, then panned
 * 12 × 300 px and zoomed in and out, counting main-thread long tasks.
 */
import type { Browser } from 'playwright-core';
import { spawnServer } from '../../api/test/support/spawn-server';
import { launchChromium } from './chromium';
import { LARGE_LAYER_DEFAULTS, writeScalePlaces } from './generate-large-layer';
import { longTaskFigures, panScript, SCALE_INSTRUMENT, type LongTaskFigures } from './scale-bench';

export const SCALE_ATLAS_DEFAULTS = {
  count: Number(process.env.BENCH_SCALE_ATLAS_COUNT ?? LARGE_LAYER_DEFAULTS.count),
  /** a view over the seeded sites, at a zoom where tiles are thinned and labels shown */
  hash: '#map=11/30.68/120.6&layers=parks,rail,roads,waterways,zones,towns',
  startTimeoutMs: 300_000,
  readyTimeoutMs: 300_000,
};

export interface ScaleAtlasRow extends LongTaskFigures {
  /** baseline: the atlas without the scale sites */
  delivery: 'baseline' | 'vector' | 'geojson';
  places: number;
  /** server start-up (load, link, index, cut tiles) until /api/health answers */
  startMs: number;
  /** bytes the browser read for the parks layer: its GeoJSON, or its archive's ranges */
  bytes: number;
  /** navigation to the map idle with every requested layer in the style */
  readyMs: number;
  errors: string[];
}

export async function runScaleAtlasBench(workDir: string, log: (line: string) => void): Promise<ScaleAtlasRow[]> {
  const o = SCALE_ATLAS_DEFAULTS;
  const places = writeScalePlaces(`${workDir}/scale-places`, o.count);
  log(`scale (atlas): gazetteer + ${o.count} sites in parks (${(places.bytes / 1e6).toFixed(1)} MB)`);
  const rows: ScaleAtlasRow[] = [];
  const browser = await launchChromium();
  try {
    for (const delivery of ['baseline', 'vector', 'geojson'] as const) {
      const env: Record<string, string> = { RATE_LIMIT_SCALE: '100000' };
      // the seeded sites are named in no document: the rules tying places to the documents are off for them
      if (delivery !== 'baseline') Object.assign(env, { PLACES_DIR: places.dir, SYNTHETIC_PLACES: '1' });
      if (delivery === 'geojson') Object.assign(env, { GEOJSON_MAX_FEATURES: String(10 ** 9), GEOJSON_MAX_BYTES: String(10 ** 12) });
      const started = performance.now();
      const server = await spawnServer({ env, timeoutMs: o.startTimeoutMs });
      const startMs = Math.round(performance.now() - started);
      try {
        const row = { delivery, places: delivery === 'baseline' ? 0 : o.count, startMs, ...(await measure(browser, server.origin)) };
        rows.push(row);
        log(
          `scale (atlas) ${delivery}: start ${startMs} ms, ready ${row.readyMs} ms, ${(row.bytes / 1e6).toFixed(2)} MB for parks, ` +
            `load long tasks max ${row.loadMaxLongTask} ms (total ${row.loadLongTaskTotal}), pan max ${row.panMaxLongTask} ms (${row.panLongTasks} over 50 ms)`,
        );
      } finally {
        await server.stop();
      }
    }
  } finally {
    await browser.close();
  }
  return rows;
}

async function measure(browser: Browser, origin: string): Promise<Omit<ScaleAtlasRow, 'delivery' | 'places' | 'startMs'>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    let bytes = 0;
    page.on('response', async (response) => {
      if (/\/(api\/layers\/parks|tiles\/layer-parks\.pmtiles)$/.test(response.url())) bytes += Number((await response.allHeaders())['content-length'] ?? 0);
    });
    await page.addInitScript({ content: SCALE_INSTRUMENT });
    await page.goto(`${origin}/${SCALE_ATLAS_DEFAULTS.hash}`);
    await page.waitForFunction(
      () => {
        const map = (window as unknown as { __atlasMap?: { getSource(id: string): unknown; loaded(): boolean } }).__atlasMap;
        return Boolean(map && map.getSource('atlas-parks') && map.getSource('atlas-towns') && map.loaded());
      },
      undefined,
      { timeout: SCALE_ATLAS_DEFAULTS.readyTimeoutMs, polling: 50 },
    );
    const readyMs = Math.round((await page.evaluate(() => performance.now())) as number);
    const loadTasks = (await page.evaluate(() => [...(window as unknown as { __scale: { longTasks: number[] } }).__scale.longTasks])) as number[];
    const panTasks = ((await page.evaluate(panScript('window.__atlasMap', [13, 11]))) as { longTasks: number[] }).longTasks;
    return {
      bytes,
      readyMs,
      ...longTaskFigures(loadTasks, panTasks),
      errors,
    };
  } finally {
    await context.close();
  }
}

if (process.argv[1]?.endsWith('scale-atlas-bench.ts')) {
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(`${tmpdir()}/atlas-scale-`);
  try {
    console.log(JSON.stringify(await runScaleAtlasBench(dir, console.log), null, 1));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
