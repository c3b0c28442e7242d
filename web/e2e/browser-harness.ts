/**
 * A real Chromium (the system's, driven by playwright-core) against the real app on a loopback
 * port. Every request the page makes is recorded so tests can prove nothing leaves the machine.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/bench/chromium';
import { REPO_ROOT } from '../../api/src/config';
import type { ChangeStreams } from '../../api/src/routes/changes';
import { testApp } from '../../api/test/support/test-app';
import type { AtlasStore } from '../../core/store/atlas-store';

export interface Harness {
  browser: Browser;
  server: Server;
  origin: string;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** another tiles folder than the repository's (which basemap archives are there) */
  tilesDir?: string;
}

/**
 * Serves the built web app and `app` on a loopback port and launches Chromium against it.
 * `onClose` releases what the app was built over (a database, say), after the server has closed.
 */
export async function serveInChromium(app: Express, onClose: () => Promise<void> = async () => {}): Promise<Harness> {
  // web/dist is built (when stale) by web/e2e/global-setup.ts before any test file runs
  if (!fs.existsSync(path.join(REPO_ROOT, 'web/dist/index.html'))) throw new Error('web/dist is missing: run `npm run build`');
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  return {
    browser,
    server,
    origin,
    async close() {
      await browser.close();
      // an open change stream (GET /api/changes) or a kept-alive socket would hold the close
      (app.locals.changeStreams as ChangeStreams | undefined)?.endAll();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await onClose();
    },
  };
}

/** `store`: another atlas than the shared test store (e.g. built with a lower GeoJSON threshold). */
export function startHarness(store?: AtlasStore, options: HarnessOptions = {}): Promise<Harness> {
  return serveInChromium(testApp({ withWeb: true, store, tilesDir: options.tilesDir }));
}

/** A harness for one test file: `start` runs before its tests, `close` after them. */
export function useStartedHarness<H extends Pick<Harness, 'close'>>(start: () => Promise<H>, call: string): () => H {
  let harness: H | undefined;
  beforeAll(async () => {
    harness = await start();
  });
  afterAll(async () => {
    await harness?.close();
  });
  return () => {
    if (!harness) throw new Error(`the browser harness is not started: call ${call} at the top of the test file`);
    return harness;
  };
}

/** The app and Chromium for one test file: started before its tests, stopped after them. */
export function useHarness(store?: () => AtlasStore, options: () => HarnessOptions = () => ({})): () => Harness {
  return useStartedHarness(() => startHarness(store?.(), options()), 'useHarness()');
}

export interface PageRecord {
  page: Page;
  requests: string[];
  errors: string[];
}

export async function openPage(harness: Harness, hash = '', viewport = { width: 1280, height: 800 }): Promise<PageRecord> {
  const context = await harness.browser.newContext({ viewport });
  const page = await context.newPage();
  const record: PageRecord = { page, requests: [], errors: [] };
  page.on('request', (request) => record.requests.push(request.url()));
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  await page.goto(`${harness.origin}/${hash}`);
  return record;
}

/** Requests to anything but our own origin (data: and blob: URLs stay in the page). */
export function offMachineRequests(record: PageRecord, origin: string): string[] {
  return record.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

/** Waits until the map has loaded every atlas layer's source. */
export async function waitForLayers(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const map = (window as unknown as { __atlasMap?: { getSource(id: string): unknown; loaded(): boolean } }).__atlasMap;
    return Boolean(map && map.getSource('atlas-parks') && map.getSource('atlas-rail') && map.loaded());
  }, undefined, { timeout: 30_000 });
}
