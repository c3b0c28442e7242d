/**
 * autocannon's programmatic API, typed for the slice we use (the package ships no types).
 * Always on loopback, always bounded: by `duration` seconds or by `amount` requests.
 */
import { createRequire } from 'node:module';

export interface CannonRequest {
  method?: 'GET' | 'HEAD';
  path: string;
  headers?: Record<string, string>;
}

export interface CannonOptions {
  url: string;
  connections: number;
  duration?: number;
  amount?: number;
  /** cycled in order by every connection */
  requests?: CannonRequest[];
  headers?: Record<string, string>;
  pipelining?: number;
  timeout?: number;
}

export interface CannonHistogram {
  average: number;
  mean: number;
  stddev: number;
  min: number;
  max: number;
  p50: number;
  p90: number;
  p97_5: number;
  p99: number;
  total?: number;
}

export interface CannonResult {
  requests: CannonHistogram & { total: number; sent: number };
  latency: CannonHistogram;
  throughput: CannonHistogram;
  errors: number;
  timeouts: number;
  non2xx: number;
  resets: number;
  duration: number;
  '1xx': number;
  '2xx': number;
  '3xx': number;
  '4xx': number;
  '5xx': number;
}

const autocannon = createRequire(import.meta.url)('autocannon') as (options: CannonOptions) => Promise<CannonResult>;

export function runCannon(options: CannonOptions): Promise<CannonResult> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])[:/]/.test(options.url)) throw new Error(`load only loopback servers, not ${options.url}`);
  if (options.duration === undefined && options.amount === undefined) throw new Error('bound the run by duration or amount');
  return autocannon({ timeout: 10, ...options });
}
