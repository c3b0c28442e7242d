/**
 * GeoJSON or vector tiles? Seeded point layers of growing size (generate-large-layer.ts), each
 * shown in headless Chromium both ways (scale-page/), loaded, then panned and zoomed, counting
 * main-thread long tasks. The largest size GeoJSON handles without a long task over 50 ms sets
 * the threshold in web/src/map/layer-source-policy.ts.
 *
 * The page and data are served in-process (express: our security headers, our tiles router,
 * our prepared gzip bodies): the server only hands out bytes while Chromium, a separate
 * process, does the work being measured.
 */
import express from 'express';
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { sendPrepared, type PreparedBody } from '../../api/src/http/prepared-body';
import { securityHeaders } from '../../api/src/http/security';
import { createTilesRouter } from '../../api/src/tiles/tiles-router';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { writeLargeLayer, type LargeLayerFiles } from './generate-large-layer';

export const SCALE_BENCH_DEFAULTS = {
  sizes: (process.env.BENCH_SCALE_SIZES ?? '1000,5000,10000,25000,50000,100000').split(',').map(Number),
  /** pans of the view (pixels each) after the layer is shown, then a zoom in and out */
  pans: 12,
  panPixels: 300,
  longTaskMs: 50,
};

/** Main-thread long tasks while a page loaded and while panScript ran, summed up. */
export interface LongTaskFigures {
  loadMaxLongTask: number;
  loadLongTaskTotal: number;
  panMaxLongTask: number;
  /** how many pan tasks were over SCALE_BENCH_DEFAULTS.longTaskMs */
  panLongTasks: number;
  panLongTaskTotal: number;
}

export function longTaskFigures(loadTasks: number[], panTasks: number[]): LongTaskFigures {
  const total = (tasks: number[]) => Math.round(tasks.reduce((a, b) => a + b, 0));
  return {
    loadMaxLongTask: Math.round(Math.max(0, ...loadTasks)),
    loadLongTaskTotal: total(loadTasks),
    panMaxLongTask: Math.round(Math.max(0, ...panTasks)),
    panLongTasks: panTasks.filter((d) => d > SCALE_BENCH_DEFAULTS.longTaskMs).length,
    panLongTaskTotal: total(panTasks),
  };
}

export interface ScaleRow extends LongTaskFigures {
  count: number;
  mode: 'geojson' | 'vector' | 'none';
  /** main-thread ms to JSON.parse the GeoJSON, and to hand it to MapLibre (addSource) */
  parseMs: number;
  handOffMs: number;
  /** bytes the browser downloads for the layer: the gzip GeoJSON, or the tile ranges it read */
  bytes: number;
  /** navigation to the first idle map with the layer drawn */
  readyMs: number;
  violations: string[];
}

/** Runs in the page before its scripts: long tasks and CSP violations into window.__scale. */
export const SCALE_INSTRUMENT = `(() => {
  const state = { longTasks: [], violations: [] };
  window.__scale = state;
  document.addEventListener('securitypolicyviolation', (e) => state.violations.push(e.violatedDirective + ' ' + e.blockedURI));
  new PerformanceObserver((list) => { for (const e of list.getEntries()) state.longTasks.push(e.duration); }).observe({ type: 'longtask', buffered: true });
})();`;

/**
 * Page source that pans the map (`mapExpression`) in a circle, then zooms to each of `zooms`,
 * each step waiting for the map to idle; resolves to the long tasks and violations meanwhile.
 */
export function panScript(mapExpression: string, zooms: number[]): string {
  const { pans, panPixels } = SCALE_BENCH_DEFAULTS;
  return `(async () => {
  const map = ${mapExpression}, state = window.__scale;
  const start = state.longTasks.length;
  const step = (move) => new Promise((resolve) => { map.once('idle', () => resolve()); move(); });
  for (let i = 0; i < ${pans}; i++) {
    const angle = (i / ${pans}) * 2 * Math.PI;
    await step(() => map.panBy([Math.round(Math.cos(angle) * ${panPixels}), Math.round(Math.sin(angle) * ${panPixels})], { duration: 250 }));
  }
  for (const zoom of ${JSON.stringify(zooms)}) await step(() => map.zoomTo(zoom, { duration: 400 }));
  return { longTasks: state.longTasks.slice(start), violations: state.violations.slice() };
})()`;
}

function prepareFile(file: string): PreparedBody {
  const identity = fs.readFileSync(file);
  return { identity, gzip: gzipSync(identity, { level: 6 }), etag: `"${createHash('sha1').update(identity).digest('base64url')}"`, contentType: 'application/geo+json; charset=utf-8' };
}

async function buildPage(outDir: string): Promise<void> {
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: false, root: path.join(import.meta.dirname, 'scale-page'), logLevel: 'warn', build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 2000 } });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}

export async function runScaleBench(workDir: string, log: (line: string) => void): Promise<{ rows: ScaleRow[]; files: LargeLayerFiles[] }> {
  const o = SCALE_BENCH_DEFAULTS;
  const dataDir = path.join(workDir, 'scale-data');
  const files = o.sizes.map((n) => {
    const f = writeLargeLayer(dataDir, n);
    log(`scale: ${n} points → GeoJSON ${(f.geojsonGzipBytes / 1e6).toFixed(2)} MB gzip, PMTiles ${(f.pmtilesBytes / 1e6).toFixed(2)} MB (${f.tiles} tiles)`);
    return f;
  });
  const pageDir = path.join(workDir, 'scale-page');
  await buildPage(pageDir);

  const bodies = new Map(files.map((f) => [path.basename(f.geojson), prepareFile(f.geojson)]));
  const app = express();
  app.disable('x-powered-by');
  app.use(securityHeaders);
  app.use('/tiles', createTilesRouter(dataDir));
  app.get('/data/:file', (req, res) => {
    const body = bodies.get(String(req.params.file));
    if (!body) return void res.status(404).end();
    sendPrepared(req, res, body);
  });
  app.use(express.static(pageDir));
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const browser = await launchChromium();
  const rows: ScaleRow[] = [];
  // a throwaway load compiles shaders and warms caches; then the empty map is the baseline
  const runs: Array<{ count: number; mode: ScaleRow['mode']; keep: boolean }> = [
    { count: files[0].count, mode: 'none', keep: false },
    { count: 0, mode: 'none', keep: true },
    ...files.flatMap((f) => (['geojson', 'vector'] as const).map((mode) => ({ count: f.count, mode, keep: true }))),
  ];
  try {
    for (const run of runs) {
      const row = await measure(browser, origin, run.count, run.mode);
      if (!run.keep) continue;
      rows.push(row);
      log(
        `scale: ${run.count} ${run.mode}: ready ${row.readyMs} ms, parse ${row.parseMs} + hand-off ${row.handOffMs} ms, ` +
          `load long tasks max ${row.loadMaxLongTask} ms (total ${row.loadLongTaskTotal}), pan max ${row.panMaxLongTask} ms ` +
          `(${row.panLongTasks} over ${o.longTaskMs} ms), ${(row.bytes / 1e6).toFixed(2)} MB`,
      );
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return { rows, files };
}

/** One page load in a fresh context: shown, then panned; main-thread long tasks of each phase. */
async function measure(browser: Browser, origin: string, count: number, mode: ScaleRow['mode']): Promise<ScaleRow> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    let bytes = 0;
    page.on('response', async (response) => {
      if (/\/(data|tiles)\//.test(response.url())) bytes += Number((await response.allHeaders())['content-length'] ?? 0);
    });
    await page.addInitScript({ content: SCALE_INSTRUMENT });
    await page.goto(`${origin}/?mode=${mode}&n=${count}`);
    await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready !== undefined, undefined, { timeout: 180_000 });
    const loaded = await page.evaluate(() => {
      const w = window as unknown as { __ready: number; __scale: { longTasks: number[] }; __timings: { parseMs: number; handOffMs: number } };
      return { ready: w.__ready, longTasks: [...w.__scale.longTasks], timings: { ...w.__timings } };
    });
    const pans = (await page.evaluate(panScript('window.__map', [12, 10]))) as { longTasks: number[]; violations: string[] };
    return {
      count,
      mode,
      parseMs: Math.round(loaded.timings.parseMs),
      handOffMs: Math.round(loaded.timings.handOffMs),
      bytes,
      readyMs: Math.round(loaded.ready),
      ...longTaskFigures(loaded.longTasks, pans.longTasks),
      violations: pans.violations,
    };
  } finally {
    await context.close();
  }
}
