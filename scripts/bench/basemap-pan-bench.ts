/**
 * Panning at z14 in Chromium, the committed basemap against an OpenStreetMap-schema archive at
 * full zoom range (the seeded fixture of tiles/fixtures/osm-fixture.ts over a wider box, served
 * as tiles/basemap-osm.pmtiles), alternately in the same run: how long each pan takes until the
 * map is idle again (new tiles fetched, cut and drawn), the frame rate while it moves, and the
 * long tasks (PerformanceObserver 'longtask', over 50 ms) that make it stutter.
 *
 * Each archive is served by its own atlas process (TILES_DIR), as `npm start` would serve it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT } from '../../api/src/config';
import { spawnServer } from '../../api/test/support/spawn-server';
import { osmFixtureArchive, OSM_FIXTURE_DEFAULTS, type OsmFixtureOptions } from '../../tiles/fixtures/osm-fixture';
import { launchChromium, median } from './chromium';

export const BASEMAP_PAN_DEFAULTS = {
  runs: Number(process.env.BENCH_BROWSER_RUNS ?? 5),
  viewport: { width: 1280, height: 800 },
  zoom: 14,
  centre: [120.49, 30.75] as [number, number],
  /** a square spiral outwards, in pixels: every pan brings new tiles into view */
  pans: [[600, 0], [0, 400], [-1200, 0], [0, -800], [1800, 0], [0, 1200], [-2400, 0], [0, -1600]] as Array<[number, number]>,
  panMs: 600,
  fixture: {
    ...OSM_FIXTURE_DEFAULTS,
    // wider than the spiral's reach at z14 (±2,400 px ≈ ±0.21° of longitude)
    box: { west: 120.24, south: 30.55, east: 120.74, north: 30.95 },
    settlements: 60,
    buildingsPerSettlement: 1500,
  } satisfies OsmFixtureOptions,
};

export interface PanRun {
  /** pan start to idle (tiles loaded and drawn), each pan */
  panToIdle: number[];
  /** frames drawn per second while the map moved */
  fps: number;
  longTasks: number[];
  basemapBytes: number;
  errors: string[];
}

export interface PanArchiveResult {
  archive: string;
  describe: string;
  archiveBytes: number;
  runs: PanRun[];
  median: { panToIdle: number; fps: number; longTasks: number; longestTask: number; longTaskMs: number; basemapBytes: number };
}

const INSTRUMENT = `(() => {
  const state = { longTasks: [], frames: 0, counting: false };
  window.__pan = state;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const tick = () => { if (state.counting) state.frames++; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
})();`;

interface PanState {
  longTasks: Array<{ start: number; duration: number }>;
  frames: number;
  counting: boolean;
}

type Probe = { loaded(): boolean; getSource(id: string): unknown };

/**
 * One pan, in the page, resolving with the time from its start until the map is idle again.
 * Plain JS source, like INSTRUMENT: a compiled function would carry tsx's helpers into the page.
 */
const PAN = `(([offset, duration]) => new Promise((resolve) => {
  const map = window.__atlasMap;
  const started = performance.now();
  const timeout = setTimeout(() => resolve(performance.now() - started), 20000);
  map.once('moveend', () => map.once('idle', () => { clearTimeout(timeout); resolve(performance.now() - started); }));
  map.panBy(offset, { duration, easing: (t) => t });
}))`;

async function panOnce(page: Page, offset: [number, number], panMs: number): Promise<number> {
  return (await page.evaluate(`${PAN}(${JSON.stringify([offset, panMs])})`)) as number;
}

async function runOnce(origin: string, log: (line: string) => void): Promise<PanRun> {
  const o = BASEMAP_PAN_DEFAULTS;
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: o.viewport });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    let basemapBytes = 0;
    page.on('response', async (response) => {
      if (/\/tiles\/basemap(-osm)?\.pmtiles$/.test(response.url())) basemapBytes += Number((await response.headerValue('content-length')) ?? 0);
    });
    await page.addInitScript({ content: INSTRUMENT });
    await page.goto(`${origin}/#map=${o.zoom}/${o.centre[1]}/${o.centre[0]}`);
    await page.waitForFunction(() => {
      const map = (window as unknown as { __atlasMap?: Probe }).__atlasMap;
      return Boolean(map?.getSource('atlas-parks') && map.loaded());
    }, undefined, { timeout: 60_000 });
    await page.waitForTimeout(500);
    const before = await page.evaluate(() => {
      const s = (window as unknown as { __pan: PanState }).__pan;
      s.frames = 0;
      return s.longTasks.length;
    });
    basemapBytes = 0;
    const panToIdle: number[] = [];
    let movingMs = 0;
    for (const offset of o.pans) {
      await page.evaluate(() => ((window as unknown as { __pan: PanState }).__pan.counting = true));
      const t = await panOnce(page, offset, o.panMs);
      await page.evaluate(() => ((window as unknown as { __pan: PanState }).__pan.counting = false));
      panToIdle.push(Math.round(t));
      movingMs += t;
    }
    const after = await page.evaluate(() => {
      const s = (window as unknown as { __pan: PanState }).__pan;
      return { longTasks: s.longTasks.map((l) => l.duration), frames: s.frames };
    });
    const run: PanRun = {
      panToIdle,
      fps: Math.round((after.frames / movingMs) * 1000 * 10) / 10,
      longTasks: after.longTasks.slice(before).map(Math.round),
      basemapBytes,
      errors,
    };
    log(`  pans to idle ${run.panToIdle.join(', ')} ms; ${run.fps} frames/s; long tasks ${run.longTasks.length} (≤ ${Math.max(0, ...run.longTasks)} ms); basemap ${Math.round(basemapBytes / 1024)} kB`);
    await context.close();
    return run;
  } finally {
    await browser.close();
  }
}

export async function runBasemapPanBench(workDir: string, log: (line: string) => void): Promise<PanArchiveResult[]> {
  const o = BASEMAP_PAN_DEFAULTS;
  const committedDir = path.join(workDir, 'tiles-committed');
  const osmDir = path.join(workDir, 'tiles-osm');
  for (const dir of [committedDir, osmDir]) {
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, 'tiles/basemap.pmtiles'), path.join(dir, 'basemap.pmtiles'));
  }
  const started = Date.now();
  const fixture = osmFixtureArchive(o.fixture);
  fs.writeFileSync(path.join(osmDir, 'basemap-osm.pmtiles'), fixture.archive);
  log(`fixture: ${fixture.header.numAddressedTiles} tiles z${fixture.header.minZoom}–${fixture.header.maxZoom}, ${Math.round(fixture.archive.length / 1024)} kB (${Date.now() - started} ms)`);

  const archives = [
    { archive: 'basemap', describe: 'committed (z4–14; water, borders, labels)', dir: committedDir, bytes: fs.statSync(path.join(committedDir, 'basemap.pmtiles')).size },
    { archive: 'basemap-osm', describe: `fixture extract (z0–15; roads, buildings, land use, canals; ${fixture.header.numAddressedTiles} tiles)`, dir: osmDir, bytes: fixture.archive.length },
  ];
  const runs = new Map<string, PanRun[]>(archives.map((a) => [a.archive, []]));
  const servers = await Promise.all(archives.map((a) => spawnServer({ env: { TILES_DIR: a.dir, RATE_LIMIT_SCALE: '100000' } })));
  try {
    // alternately, so both meet the same machine load
    for (let i = 0; i < o.runs; i++) {
      for (const [k, a] of archives.entries()) {
        log(`basemap pan run ${i + 1}, ${a.archive}:`);
        runs.get(a.archive)!.push(await runOnce(servers[k].origin, log));
      }
    }
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
  return archives.map((a) => {
    const r = runs.get(a.archive)!;
    return {
      archive: a.archive,
      describe: a.describe,
      archiveBytes: a.bytes,
      runs: r,
      median: {
        panToIdle: median(r.flatMap((x) => x.panToIdle)),
        fps: median(r.map((x) => x.fps)),
        longTasks: median(r.map((x) => x.longTasks.length)),
        longestTask: Math.max(0, ...r.flatMap((x) => x.longTasks)),
        longTaskMs: median(r.map((x) => x.longTasks.reduce((n, t) => n + t, 0))),
        basemapBytes: median(r.map((x) => x.basemapBytes)),
      },
    };
  });
}
