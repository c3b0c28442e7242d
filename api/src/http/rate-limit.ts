/**
 * Per-client request budgets: a token bucket per client and per kind of path. A client may
 * burst, then is held to a steady rate; past it, 429 problem+json with `Retry-After`.
 *
 * Clients are told apart by `req.ip` (the socket address unless Express's `trust proxy` is set
 * by whoever puts a proxy in front), IPv6 by its /64 so one host cannot rotate addresses.
 */
import type { Request, RequestHandler } from 'express';
import { problemBody, sendProblem } from './problem';

export interface Budget {
  /** requests a client may make at once, from rest */
  burst: number;
  /** requests per second it may keep up after that */
  perSecond: number;
}

export type BudgetName = 'api' | 'tiles' | 'web';

export interface RateLimitOptions {
  budgets: Record<BudgetName, Budget>;
  /** clients remembered per budget; past this the idlest are forgotten (memory stays bounded) */
  maxClients: number;
  /** milliseconds; injectable so tests need no sleeping */
  now: () => number;
}

export const RATE_LIMIT_DEFAULTS: RateLimitOptions = {
  budgets: {
    // A page load calls the API ~15 times, search-as-you-type once a keystroke, a script
    // exporting every layer a few dozen times: 200 at once, then 10/s, never slows a person.
    api: { burst: 200, perSecond: 10 },
    // MapLibre fetches 10–40 ranges per pan or zoom; fast panning a few hundred a minute.
    tiles: { burst: 1000, perSecond: 100 },
    // index.html, a handful of hashed assets and the glyph ranges of a label set.
    web: { burst: 300, perSecond: 20 },
  },
  maxClients: 50_000,
  now: () => performance.now(),
};

export function budgetOf(path: string): BudgetName {
  if (path === '/api' || path.startsWith('/api/')) return 'api';
  if (path === '/tiles' || path.startsWith('/tiles/')) return 'tiles';
  return 'web';
}

/** The client a request is counted against: its address, IPv6 narrowed to the /64 network. */
export function clientKey(req: Pick<Request, 'ip'> & { socket?: { remoteAddress?: string } }): string {
  const ip = req.ip ?? req.socket?.remoteAddress ?? 'unknown';
  if (ip.startsWith('::ffff:')) return ip.slice(7);
  if (!ip.includes(':')) return ip;
  const groups = expandIpv6(ip);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : ip;
}

function expandIpv6(ip: string): string[] | null {
  const [head, tail] = ip.split('%')[0].split('::');
  const left = head ? head.split(':') : [];
  const right = tail !== undefined ? (tail ? tail.split(':') : []) : [];
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? left.length !== 8 : missing < 0) return null;
  return [...left, ...Array(tail === undefined ? 0 : missing).fill('0'), ...right];
}

interface Bucket {
  tokens: number;
  at: number;
}

/** One budget's buckets, least recently used first (Map keeps insertion order). */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly budget: Budget,
    private readonly maxClients: number,
  ) {}

  /** Takes one token for `key`: 0 if granted, else the seconds until one is free. */
  take(key: string, now: number): number {
    const { burst, perSecond } = this.budget;
    const previous = this.buckets.get(key);
    const tokens = previous ? Math.min(burst, previous.tokens + ((now - previous.at) / 1000) * perSecond) : burst;
    if (previous) this.buckets.delete(key);
    else if (this.buckets.size >= this.maxClients) this.forgetIdlest();
    if (tokens >= 1) {
      this.buckets.set(key, { tokens: tokens - 1, at: now });
      return 0;
    }
    this.buckets.set(key, { tokens, at: now });
    return Math.max(1, Math.ceil((1 - tokens) / perSecond));
  }

  get size(): number {
    return this.buckets.size;
  }

  private forgetIdlest(): void {
    // the first tenth in LRU order: amortised, so a flood of new addresses stays O(1) per request
    let drop = Math.max(1, Math.floor(this.maxClients / 10));
    for (const key of this.buckets.keys()) {
      if (drop-- <= 0) break;
      this.buckets.delete(key);
    }
  }
}

export function rateLimit(options: Partial<RateLimitOptions> = {}): RequestHandler {
  const o: RateLimitOptions = { ...RATE_LIMIT_DEFAULTS, ...options, budgets: { ...RATE_LIMIT_DEFAULTS.budgets, ...options.budgets } };
  const buckets = {
    api: new TokenBuckets(o.budgets.api, o.maxClients),
    tiles: new TokenBuckets(o.budgets.tiles, o.maxClients),
    web: new TokenBuckets(o.budgets.web, o.maxClients),
  };
  return (req, res, next) => {
    const name = budgetOf(req.path);
    const wait = buckets[name].take(clientKey(req), o.now());
    if (wait === 0) return next();
    res.setHeader('Retry-After', String(wait));
    res.setHeader('Cache-Control', 'no-store');
    const { burst, perSecond } = o.budgets[name];
    sendProblem(
      res,
      problemBody(429, `Too many requests to ${name === 'web' ? 'the web app' : `/${name}`}: at most ${burst} at once, then ${perSecond} a second. Retry in ${wait} s.`, 'too-many-requests', {
        retryAfter: wait,
      }),
    );
  };
}

/**
 * Budgets from the environment, for the server: `RATE_LIMIT=off` turns limiting off (a trusted
 * network), `RATE_LIMIT_SCALE=N` multiplies every budget (benchmarks, load tests).
 */
export function rateLimitFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<RateLimitOptions> | false {
  if (env.RATE_LIMIT === 'off') return false;
  const scale = Number(env.RATE_LIMIT_SCALE ?? 1);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`RATE_LIMIT_SCALE must be a positive number, not "${env.RATE_LIMIT_SCALE}"`);
  if (scale === 1) return {};
  const scaled = (b: Budget): Budget => ({ burst: b.burst * scale, perSecond: b.perSecond * scale });
  const { api, tiles, web } = RATE_LIMIT_DEFAULTS.budgets;
  return { budgets: { api: scaled(api), tiles: scaled(tiles), web: scaled(web) } };
}
