/**
 * The initial-JS budget: builds the web app into a temporary folder (not web/dist, which the
 * browser tests may be building at the same moment) and fails when a first visit would load
 * more than BUNDLE_BUDGET allows. The message names the packages that dominate.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLE_BUDGET, kB, measureBundle, packageOf, type BundleReport } from './bundle-budget';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bundle-'));
let report: BundleReport;

beforeAll(async () => {
  report = await measureBundle(outDir);
  const top = report.packages.slice(0, 6).map((p) => `${p.name} ${kB(p.gzipBytes)}`).join(', ');
  console.info(`initial JS ${kB(report.initialGzip)} gzip (ours ${kB(report.ownGzip)}, vendor ${kB(report.vendorGzip)}): ${top}`);
}, 120_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

describe('initial JS budget', () => {
  it(`loads at most ${kB(BUNDLE_BUDGET.initialJsGzip)} gzip of JS before the map can start`, () => {
    const top = report.packages.slice(0, 4).map((p) => `${p.name} ${kB(p.gzipBytes)}`).join(', ');
    expect(report.initialGzip, `over by ${kB(report.initialGzip - BUNDLE_BUDGET.initialJsGzip)}; largest: ${top}`).toBeLessThanOrEqual(BUNDLE_BUDGET.initialJsGzip);
  });

  it(`has at most ${kB(BUNDLE_BUDGET.ownCodeGzip)} gzip of our own code in it`, () => {
    expect(report.ownGzip).toBeLessThanOrEqual(BUNDLE_BUDGET.ownCodeGzip);
    expect(report.ownGzip).toBeGreaterThan(0);
  });

  it('keeps the Traditional→Simplified dictionary and the map worker out of the initial load', () => {
    const initial = report.initial.map((f) => f.file).join(' ');
    expect(initial).not.toMatch(/t2cn/);
    expect(initial).not.toMatch(/worker/);
    expect(report.workers.length).toBe(1);
  });
});

describe('packageOf', () => {
  it.each([
    ['/repo/node_modules/maplibre-gl/dist/maplibre-gl.mjs', 'maplibre-gl'],
    ['/repo/node_modules/@turf/helpers/index.js', '@turf/helpers'],
    ['/repo/web/src/App.tsx', 'our code'],
    ['\0vite/preload-helper.js', 'vite (runtime)'],
  ])('%s → %s', (id, name) => expect(packageOf(id)).toBe(name));
});
