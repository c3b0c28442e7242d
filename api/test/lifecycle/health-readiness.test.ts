/**
 * /api/health answers only once the data is loaded: the server loads and validates everything
 * before it listens, so until then a client gets "connection refused", never a wrong answer.
 */
import { describe, expect, it } from 'vitest';
import { spawnServer } from '../support/spawn-server';

describe('start-up readiness', () => {
  it('answers health only after loading, then serves complete data at once', async () => {
    const server = await spawnServer({ waitForHealth: false, env: { RATE_LIMIT: 'off' } });
    try {
      const refusals: string[] = [];
      let first: Response | null = null;
      const deadline = Date.now() + 120_000;
      while (!first && Date.now() < deadline) {
        try {
          first = await fetch(`${server.origin}/api/health`);
        } catch (error) {
          refusals.push(String((error as Error & { cause?: { code?: string } }).cause?.code));
          await new Promise((r) => setTimeout(r, 20));
        }
      }
      expect(first?.status).toBe(200);
      expect(await first!.json()).toMatchObject({ status: 'ok', archives: { basemap: 'ok' }, basemap: 'basemap' });
      // before it answered, nothing listened at all
      expect(new Set(refusals)).toEqual(new Set(refusals.length ? ['ECONNREFUSED'] : []));
      // it said it was ready (data counted) before health could answer
      expect(server.output().stdout).toMatch(/\d+ places, \d+ documents, \d+ passages; database .+ \(ready in \d+ ms\)/);

      const layers = (await (await fetch(`${server.origin}/api/layers`)).json()) as Array<{ featureCount: number }>;
      expect(layers.length).toBeGreaterThan(0);
      expect(layers.reduce((n, l) => n + l.featureCount, 0)).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
  });
});
