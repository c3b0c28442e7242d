/**
 * The soak's editors against the real app over a real database: saved edits are all in the places'
 * versions, collisions answer 412 and are retried, and anything else counts as an error.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../core/db/testing/test-databases';
import { openWriteApp, type WriteApp } from '../../../api/test/support/write-app';
import { featureVersions, lostEdits, startEditors } from './edit-traffic';

describe.each(ENGINES)('editors at work (%s)', (engine) => {
  let w: WriteApp;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    w = await openWriteApp(engine);
    server = w.app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
    await w?.close();
  });

  it('several editors on one place: each saved edit is a new version, the collisions are retried', async () => {
    const places = ['wuzhen-light'];
    const before = await featureVersions(origin, places);
    const editing = startEditors({ origin, token: w.token, featureIds: places, editors: 4, pauseMs: 10 });
    await expect.poll(() => editing.stats.edits, { timeout: 60_000, interval: 100 }).toBeGreaterThanOrEqual(8);
    const stats = await editing.stop();
    expect(stats.errorSamples).toEqual([]);
    expect(stats.errors).toBe(0);
    // four editors reading the same version: most of them lose the race and retry
    expect(stats.conflicts).toBeGreaterThan(0);
    const after = await featureVersions(origin, places);
    expect(after.get('wuzhen-light')).toBe(before.get('wuzhen-light')! + stats.edits);
    expect(lostEdits(before, after, stats)).toBe(0);
    expect(lostEdits(before, new Map([['wuzhen-light', after.get('wuzhen-light')! - 1]]), stats)).toBe(1);
  });

  it('counts every answer but 200 and 412 as an error', async () => {
    const editing = startEditors({ origin, token: 'not-a-token', featureIds: ['wuzhen-light'], editors: 1, pauseMs: 10 });
    await expect.poll(() => editing.stats.errors, { timeout: 30_000 }).toBeGreaterThan(0);
    const stats = await editing.stop();
    expect(stats.edits).toBe(0);
    expect(stats.errorSamples[0]).toMatch(/^PATCH wuzhen-light: 401 /);
  });
});
