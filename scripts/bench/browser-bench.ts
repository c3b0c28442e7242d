/**
 * The web app in headless Chromium against the running atlas: when the map fires `load` and
 * first goes idle with every layer, when the first atlas features are drawn, which long tasks
 * (PerformanceObserver 'longtask') toggling layers causes, and whether the page breaks its
 * Content-Security-Policy (`securitypolicyviolation` events). Each run is a fresh context.
 *
 * Times are milliseconds after script start: when the entry chunk finished arriving
 * (its resource timing `responseEnd`); module scripts run as soon as they have arrived and the
 * tiny index.html is parsed. Times after navigation start are kept too.
 */
import type { Page } from 'playwright-core';
import { launchChromium, median } from './chromium';

export const BROWSER_BENCH_DEFAULTS = {
  runs: Number(process.env.BENCH_BROWSER_RUNS ?? 5),
  viewport: { width: 1280, height: 800 },
  /** a long task is one over this (the RAIL / Long Tasks API definition) */
  longTaskMs: 50,
};

export interface BrowserRun {
  scriptStart: number;
  /** React mounted and MapLibre's Map constructed */
  mapCreated: number;
  load: number;
  idle: number;
  firstFeatures: number;
  /** the same, after navigation start */
  fromNavigation: { load: number; idle: number; firstFeatures: number };
  loadLongTasks: number[];
  toggleLongTasks: number[];
  toggles: number;
  /** our click handlers' run time per toggle (Event Timing processing), and click to next paint */
  clickProcessing: number[];
  clickToPaint: number[];
  /** long tasks of plain repaints with nothing changed: the renderer's own floor */
  repaintLongTasks: number[];
  jsBytes: number;
  violations: string[];
  errors: string[];
}

export interface BrowserBenchResult {
  runs: BrowserRun[];
  median: {
    load: number;
    idle: number;
    firstFeatures: number;
    mapCreated: number;
    maxToggleLongTask: number;
    maxClickProcessing: number;
    maxClickToPaint: number;
    loadFromNavigation: number;
  };
  violations: string[];
  errors: string[];
}

interface BenchState {
  violations: string[];
  longTasks: Array<{ start: number; duration: number }>;
  marks: Record<string, number>;
  clicks: Array<{ processing: number; duration: number }>;
}

/**
 * Runs in the page before any of its scripts. Plain JS source: a compiled function would carry
 * the compiler's helpers (tsx's __name), which do not exist in the page.
 */
const INSTRUMENT = `(() => {
  const expectedLayers = __EXPECTED_LAYERS__;
  const state = { violations: [], longTasks: [], marks: {}, clicks: [] };
  window.__bench = state;
  // Event Timing: how long our handlers ran for each click (processing), and until the next paint
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'click') state.clicks.push({ processing: e.processingEnd - e.processingStart, duration: e.duration });
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  document.addEventListener('securitypolicyviolation', (e) => state.violations.push(e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ':' + e.lineNumber));
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  let map;
  Object.defineProperty(window, '__atlasMap', {
    configurable: true,
    get: () => map,
    set(value) {
      map = value;
      state.marks.mapCreated = performance.now();
      value.once('load', () => (state.marks.load = performance.now()));
      const atlasLayers = () => value.getStyle().layers.filter((l) => typeof l.source === 'string' && l.source.startsWith('atlas-')).map((l) => l.id);
      const drawn = () => {
        const ids = atlasLayers();
        if (ids.length && value.queryRenderedFeatures({ layers: ids }).length > 0) {
          state.marks.firstFeatures = performance.now();
          value.off('render', drawn);
        }
      };
      value.on('render', drawn);
      const idle = () => {
        const sources = Object.keys(value.getStyle().sources).filter((s) => s.startsWith('atlas-'));
        if (sources.length >= expectedLayers && state.marks.idle === undefined) {
          state.marks.idle = performance.now();
          value.off('idle', idle);
        }
      };
      value.on('idle', idle);
    },
  });
})();`;

async function waitIdle(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __atlasMap: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__atlasMap;
        map.once('idle', () => resolve());
        map.triggerRepaint();
        setTimeout(resolve, 3000);
      }),
  );
}

export async function runBrowserBench(origin: string, expectedLayers: number, log: (line: string) => void): Promise<BrowserBenchResult> {
  const o = BROWSER_BENCH_DEFAULTS;
  const browser = await launchChromium();
  const runs: BrowserRun[] = [];
  try {
    for (let i = 0; i < o.runs; i++) {
      const context = await browser.newContext({ viewport: o.viewport });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.addInitScript({ content: INSTRUMENT.replace('__EXPECTED_LAYERS__', String(expectedLayers)) });
      await page.goto(`${origin}/`);
      await page.waitForFunction(() => (window as unknown as { __bench: BenchState }).__bench.marks.idle !== undefined && (window as unknown as { __bench: BenchState }).__bench.marks.firstFeatures !== undefined, undefined, { timeout: 60_000 });
      const loaded = await page.evaluate(() => {
        const state = (window as unknown as { __bench: BenchState }).__bench;
        const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
        const entry = resources.find((r) => /\/assets\/index-[^/]+\.js$/.test(r.name));
        const js = resources.filter((r) => /\.m?js$/.test(r.name) && r.startTime < (state.marks.load ?? Infinity));
        return { marks: { ...state.marks }, scriptStart: entry?.responseEnd ?? 0, longTasks: [...state.longTasks], jsBytes: js.reduce((n, r) => n + r.encodedBodySize, 0) };
      });

      const before = loaded.longTasks.length;
      const boxes = page.getByRole('checkbox');
      const count = await boxes.count();
      let toggles = 0;
      for (let b = 0; b < count; b++) {
        const box = boxes.nth(b);
        if (!(await box.isVisible())) continue;
        for (let t = 0; t < 2; t++) {
          await box.click();
          await waitIdle(page);
          toggles++;
        }
      }
      const afterToggles = await page.evaluate(() => (window as unknown as { __bench: BenchState }).__bench.longTasks.length);
      for (let r = 0; r < 10; r++) await waitIdle(page);
      const after = await page.evaluate(() => {
        const state = (window as unknown as { __bench: BenchState }).__bench;
        return { longTasks: [...state.longTasks], violations: [...state.violations], clicks: [...state.clicks] };
      });
      const m = loaded.marks;
      const run: BrowserRun = {
        scriptStart: loaded.scriptStart,
        mapCreated: m.mapCreated - loaded.scriptStart,
        load: m.load - loaded.scriptStart,
        idle: m.idle - loaded.scriptStart,
        firstFeatures: m.firstFeatures - loaded.scriptStart,
        fromNavigation: { load: m.load, idle: m.idle, firstFeatures: m.firstFeatures },
        loadLongTasks: loaded.longTasks.map((t) => Math.round(t.duration)),
        toggleLongTasks: after.longTasks.slice(before, afterToggles).map((t) => Math.round(t.duration)),
        toggles,
        clickProcessing: after.clicks.map((c) => Math.round(c.processing)),
        clickToPaint: after.clicks.map((c) => Math.round(c.duration)),
        repaintLongTasks: after.longTasks.slice(afterToggles).map((t) => Math.round(t.duration)),
        jsBytes: loaded.jsBytes,
        violations: after.violations,
        errors,
      };
      runs.push(run);
      log(
        `browser run ${i + 1}: load ${run.load.toFixed(0)} ms, idle ${run.idle.toFixed(0)} ms, first features ${run.firstFeatures.toFixed(0)} ms after script start; ` +
          `${toggles} toggles: longest task ${Math.max(0, ...run.toggleLongTasks)} ms, click handlers ≤ ${Math.max(0, ...run.clickProcessing)} ms, ` +
          `click to paint ≤ ${Math.max(0, ...run.clickToPaint)} ms; plain repaints: ${run.repaintLongTasks.length} of 10 long tasks; CSP violations ${run.violations.length}`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return {
    runs,
    median: {
      load: median(runs.map((r) => r.load)),
      idle: median(runs.map((r) => r.idle)),
      firstFeatures: median(runs.map((r) => r.firstFeatures)),
      mapCreated: median(runs.map((r) => r.mapCreated)),
      maxToggleLongTask: Math.max(0, ...runs.flatMap((r) => r.toggleLongTasks)),
      maxClickProcessing: Math.max(0, ...runs.flatMap((r) => r.clickProcessing)),
      maxClickToPaint: Math.max(0, ...runs.flatMap((r) => r.clickToPaint)),
      loadFromNavigation: median(runs.map((r) => r.fromNavigation.load)),
    },
    violations: [...new Set(runs.flatMap((r) => r.violations))],
    errors: [...new Set(runs.flatMap((r) => r.errors))],
  };
}
