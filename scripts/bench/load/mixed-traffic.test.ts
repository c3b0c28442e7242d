/**
 * Mixed traffic (tiles, layers, features, search, documents) against the real server in its own
 * process on 127.0.0.1, bounded in time: zero errors, zero timeouts, every answer 2xx/3xx.
 * LOAD_SECONDS sets the duration; by default 30 s in CI, 5 s elsewhere.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configFromEnv } from '../../../api/src/config';
import { spawnServer, type SpawnedServer } from '../../../api/test/support/spawn-server';
import { testStore } from '../../../api/test/support/test-app';
import { runCannon } from './autocannon';
import { mixedRequests } from './mixed-traffic';

const SECONDS = Number(process.env.LOAD_SECONDS ?? (process.env.CI ? 30 : 5));
const CONNECTIONS = 20;
const SEED = 20_260_909;

let server: SpawnedServer;
beforeAll(async () => {
  // budgets scaled up, not off: the limiter's own cost is part of what is loaded
  server = await spawnServer({ env: { RATE_LIMIT_SCALE: '100000' } });
});
afterAll(async () => {
  await server?.stop();
});

describe(`mixed traffic for ${SECONDS} s at ${CONNECTIONS} connections`, () => {
  it('answers everything, 2xx/3xx only, without errors or timeouts', async () => {
    const requests = await mixedRequests(testStore(), configFromEnv({}).tilesDir, 2000, SEED);
    const result = await runCannon({ url: server.origin, connections: CONNECTIONS, duration: SECONDS, requests });
    const summary = {
      requests: result.requests.total,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      errors: result.errors,
      timeouts: result.timeouts,
      '4xx': result['4xx'],
      '5xx': result['5xx'],
    };
    console.info('mixed traffic:', JSON.stringify(summary));
    expect(result.requests.total).toBeGreaterThan(SECONDS * 100);
    expect({ errors: result.errors, timeouts: result.timeouts, resets: result.resets, '4xx': result['4xx'], '5xx': result['5xx'], '1xx': result['1xx'] }).toEqual({
      errors: 0,
      timeouts: 0,
      resets: 0,
      '4xx': 0,
      '5xx': 0,
      '1xx': 0,
    });
    expect(result['2xx'] + result['3xx']).toBe(result.requests.total);
    // and the process is still well afterwards
    expect((await fetch(`${server.origin}/api/health`)).status).toBe(200);
  }, (SECONDS + 60) * 1000);
});
