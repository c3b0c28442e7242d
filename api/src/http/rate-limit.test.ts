import express from 'express';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { problemHandler } from './problem';
import { budgetOf, clientKey, rateLimit, rateLimitFromEnv, RATE_LIMIT_DEFAULTS, TokenBuckets } from './rate-limit';

describe('TokenBuckets', () => {
  it('grants a burst, then the steady rate, and says how long to wait', () => {
    const buckets = new TokenBuckets({ burst: 3, perSecond: 2 }, 100);
    expect([0, 0, 0].map(() => buckets.take('a', 0))).toEqual([0, 0, 0]);
    expect(buckets.take('a', 0)).toBe(1);
    expect(buckets.take('a', 499)).toBe(1);
    expect(buckets.take('a', 500)).toBe(0);
    // another client has its own bucket
    expect(buckets.take('b', 500)).toBe(0);
    // a rested client is back to a full burst, never more
    expect([0, 0, 0, 0].map(() => buckets.take('a', 60_000))).toEqual([0, 0, 0, 1]);
  });

  it('remembers a bounded number of clients', () => {
    const buckets = new TokenBuckets({ burst: 1, perSecond: 1 }, 1000);
    for (let i = 0; i < 10_000; i++) buckets.take(`10.0.${i >> 8}.${i & 255}`, 0);
    expect(buckets.size).toBeLessThanOrEqual(1000);
  });
});

describe('clientKey', () => {
  it.each([
    ['127.0.0.1', '127.0.0.1'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['::1', '0:0:0:0::/64'],
  ])('%s → %s', (ip, key) => {
    expect(clientKey({ ip })).toBe(key);
  });
});

describe('budgetOf', () => {
  it('gives tiles their own, larger budget', () => {
    expect(budgetOf('/api/search')).toBe('api');
    expect(budgetOf('/tiles/basemap.pmtiles')).toBe('tiles');
    expect(budgetOf('/assets/index.js')).toBe('web');
    expect(budgetOf('/apix')).toBe('web');
    expect(RATE_LIMIT_DEFAULTS.budgets.tiles.perSecond).toBeGreaterThan(RATE_LIMIT_DEFAULTS.budgets.api.perSecond);
  });
});

describe('rateLimit middleware', () => {
  let clock = 0;
  const app = express()
    .use(rateLimit({ budgets: { api: { burst: 2, perSecond: 1 }, tiles: { burst: 4, perSecond: 1 }, web: { burst: 1, perSecond: 1 } }, now: () => clock }))
    .get('/api/x', (_req, res) => res.json({ ok: true }))
    .get('/tiles/x', (_req, res) => res.json({ ok: true }))
    .use(problemHandler);

  it('answers 429 problem+json with Retry-After past the budget, per kind of path', async () => {
    clock = 0;
    await request(app).get('/api/x').expect(200);
    await request(app).get('/api/x').expect(200);
    const limited = await request(app).get('/api/x').expect(429);
    expect(limited.headers['retry-after']).toBe('1');
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json; charset=utf-8/);
    expect(limited.body).toMatchObject({ status: 429, title: 'Too Many Requests', type: '/problems/too-many-requests', retryAfter: 1 });
    // tiles are counted apart
    await request(app).get('/tiles/x').expect(200);
    clock = 1000;
    await request(app).get('/api/x').expect(200);
  });
});

describe('rateLimitFromEnv', () => {
  it('turns off, scales, or keeps the defaults', () => {
    expect(rateLimitFromEnv({ RATE_LIMIT: 'off' })).toBe(false);
    expect(rateLimitFromEnv({})).toEqual({});
    const scaled = rateLimitFromEnv({ RATE_LIMIT_SCALE: '10' });
    expect(scaled && scaled.budgets?.api).toEqual({ burst: 2000, perSecond: 100 });
    expect(() => rateLimitFromEnv({ RATE_LIMIT_SCALE: 'lots' })).toThrow(/RATE_LIMIT_SCALE/);
  });
});
