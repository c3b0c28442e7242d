/**
 * Benchmark: range requests against the tiles router alone, on loopback, bounded in time.
 * `npx tsx scripts/bench/tiles-router-bench.ts` prints a table of requests/s and latency.
 * The ranges are seeded (fixed), like a MapLibre client fetching header, directory and tiles.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import express from 'express';
import { createTilesRouter } from '../../api/src/tiles/tiles-router';

interface BenchResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number };
  non2xx: number;
}
// autocannon ships no types; this is the slice of its API the benchmark uses
const autocannon = createRequire(import.meta.url)('autocannon') as (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
}) => Promise<BenchResult>;

const TILES_DIR = join(import.meta.dirname, '..', '..', 'tiles');
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);

const server = express().use('/tiles', createTilesRouter(TILES_DIR)).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const { port } = server.address() as AddressInfo;
const url = `http://127.0.0.1:${port}/tiles/basemap.pmtiles`;

const scenarios: Array<{ name: string; headers: Record<string, string>; revalidate?: boolean }> = [
  { name: 'header + root (bytes=0-16383)', headers: { range: 'bytes=0-16383' } },
  { name: 'one tile (bytes=200000-201023)', headers: { range: 'bytes=200000-201023' } },
  { name: 'revalidation (If-None-Match → 304)', headers: {}, revalidate: true },
];

const rows: Array<Record<string, string | number>> = [];
for (const s of scenarios) {
  const headers: Record<string, string> = { ...s.headers };
  if (s.revalidate) headers['if-none-match'] = (await fetch(url, { method: 'HEAD' })).headers.get('etag')!;
  const result = await autocannon({ url, connections: 16, duration: DURATION_S, headers });
  rows.push({
    scenario: s.name,
    'req/s (mean)': Math.round(result.requests.average),
    'p50 ms': result.latency.p50,
    'p99 ms': result.latency.p99,
    non2xx: result.non2xx - (s.revalidate ? result.requests.total : 0),
  });
}
server.close();
console.table(rows);
