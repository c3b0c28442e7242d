/**
 * The HTTP side of `npm run bench`: each scenario runs against the atlas (its own process) and
 * against a bare node:http server (another process) sending the same bytes, alternately, with
 * the same autocannon settings, on 127.0.0.1. The best round of each is kept.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config';
import { runCannon, type CannonRequest, type CannonResult } from './load/autocannon';
import { archiveRanges, sampleRanges } from './load/tile-ranges';
import { freePort } from '../../api/test/support/spawn-server';
import type { AtlasStore } from '../../core/store/atlas-store';
import type { BareFixture, BareRoute } from './bare-server';
import { hostileQueries, plannerQueries } from './search-queries';

export const HTTP_BENCH_DEFAULTS = {
  /** seconds per measured run */
  seconds: Number(process.env.BENCH_SECONDS ?? 6),
  /** alternating atlas/bare rounds per scenario; the best of each is reported */
  rounds: Number(process.env.BENCH_ROUNDS ?? 2),
  seed: 9,
};

export interface Scenario {
  name: string;
  connections: number;
  atlas: CannonRequest[];
  bare: CannonRequest[];
  /** statuses every answer must have (others are counted as failures) */
  expect: number[];
  goal?: string;
}

export interface RunRow {
  scenario: string;
  /** the server process's CPU time over the run, in cores (1.0 = one core busy throughout) */
  serverCpu: number;
  server: 'atlas' | 'bare node:http';
  connections: number;
  reqPerSec: number;
  mbPerSec: number;
  p50: number;
  p99: number;
  max: number;
  unexpected: number;
  errors: number;
  bytesPerAnswer: number;
}

export interface HttpBenchResult {
  rows: RunRow[];
  facts: Record<string, string | number>;
}

const SEARCH_LIMIT = 20;

async function fetchBody(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; body: Buffer }> {
  // fetch decompresses: these are the identity bytes (rawGzip below reads the wire bytes)
  const res = await fetch(url, { headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

async function rawGzip(url: string): Promise<{ body: Buffer; etag: string; contentType: string }> {
  const http = await import('node:http');
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.headers['content-encoding'] !== 'gzip') return reject(new Error(`${url} was not sent gzip`));
          resolve({ body: Buffer.concat(chunks), etag: String(res.headers.etag), contentType: String(res.headers['content-type']) });
        });
      })
      .on('error', reject);
  });
}

/** The bare server as its own process; its port is in the fixture. */
async function startBare(fixtureFile: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts/bench/bare-server.ts'), fixtureFile], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.once('data', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare server exited ${code}`)));
  });
  return child;
}

/** CPU seconds a process has used so far (Linux /proc; NaN elsewhere). */
export function cpuSeconds(pid: number | undefined): number {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of stat(5), in clock ticks (100 a second on Linux)
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return Number.NaN;
  }
}

function row(scenario: Scenario, server: RunRow['server'], r: CannonResult, cpu: number): RunRow {
  const families = new Set(scenario.expect.map((s) => `${Math.floor(s / 100)}xx` as '2xx' | '3xx' | '4xx'));
  const expected = [...families].reduce((n, family) => n + r[family], 0);
  return {
    scenario: scenario.name,
    server,
    serverCpu: Math.round((cpu / r.duration) * 100) / 100,
    connections: scenario.connections,
    reqPerSec: Math.round(r.requests.average),
    mbPerSec: Math.round((r.throughput.average / 1e6) * 10) / 10,
    p50: r.latency.p50,
    p99: r.latency.p99,
    max: r.latency.max,
    unexpected: r.requests.total - expected,
    errors: r.errors + r.timeouts,
    bytesPerAnswer: r.requests.total ? Math.round((r.throughput.total ?? 0) / r.requests.total) : 0,
  };
}

export async function runHttpBench(atlas: { origin: string; pid?: number }, store: AtlasStore, workDir: string, log: (line: string) => void): Promise<HttpBenchResult> {
  const atlasOrigin = atlas.origin;
  const o = HTTP_BENCH_DEFAULTS;
  const facts: Record<string, string | number> = {};

  // the largest layer, as the atlas sends it (gzip, ETag)
  const sizes = await Promise.all(store.layers.map(async (l) => ({ id: l.id, ...(await rawGzip(`${atlasOrigin}/api/layers/${l.id}`)) })));
  const largest = sizes.sort((a, b) => b.body.length - a.body.length)[0];
  const identity = await fetchBody(`${atlasOrigin}/api/layers/${largest.id}`);
  facts.largestLayer = largest.id;
  facts.largestLayerGzipBytes = largest.body.length;
  facts.largestLayerBytes = identity.body.length;
  facts.largestLayerFeatures = store.layers.find((l) => l.id === largest.id)!.featureCount;
  fs.writeFileSync(path.join(workDir, 'layer.gz'), largest.body);

  // real tile ranges from the basemap's directories
  const archive = path.join(REPO_ROOT, 'tiles/basemap.pmtiles');
  const { ranges } = await archiveRanges(archive);
  const sampled = sampleRanges(ranges, 2000, o.seed);
  facts.tileRanges = ranges.length;
  facts.meanRangeBytes = Math.round(sampled.reduce((n, r) => n + r.end - r.start + 1, 0) / sampled.length);

  // search answers recorded from the atlas, served verbatim by the bare server
  const routes: BareRoute[] = [
    { path: '/layer', bodyFile: path.join(workDir, 'layer.gz'), etag: largest.etag, headers: { 'Content-Type': largest.contentType, 'Content-Encoding': 'gzip', ETag: largest.etag, Vary: 'Accept-Encoding', 'Cache-Control': 'no-cache' } },
  ];
  const searchPaths = async (queries: string[], name: string) => {
    const paths = [...new Set(queries.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=${SEARCH_LIMIT}`))];
    for (const [i, p] of paths.entries()) {
      const answer = await fetchBody(`${atlasOrigin}${p}`);
      const bodyFile = path.join(workDir, `${name}-${i}.json`);
      fs.writeFileSync(bodyFile, answer.body);
      routes.push({ path: p, bodyFile, headers: { 'Content-Type': answer.headers.get('content-type') ?? 'application/json' } });
    }
    return paths;
  };
  const planner = await searchPaths(plannerQueries(store, 300, o.seed), 'search');
  const hostile = await searchPaths(hostileQueries(o.seed, `&limit=${SEARCH_LIMIT}`), 'hostile');
  facts.searchQueries = planner.length;
  facts.hostileQueries = hostile.length;
  facts.hostileMaxUrlBytes = Math.max(...hostile.map((p) => p.length));

  const barePort = await freePort();
  const fixtureFile = path.join(workDir, 'bare.json');
  fs.writeFileSync(fixtureFile, JSON.stringify({ port: barePort, archive, routes } satisfies BareFixture));
  const bare = await startBare(fixtureFile);
  const bareOrigin = `http://127.0.0.1:${barePort}`;

  // same bytes: check before measuring
  const bareLayer = await rawGzip(`${bareOrigin}/layer`);
  if (!bareLayer.body.equals(largest.body)) throw new Error('the bare server does not send the same layer bytes');

  const gzip = { 'accept-encoding': 'gzip' };
  const tileRequests = (p: string) => sampled.map((r) => ({ path: p, headers: { range: `bytes=${r.start}-${r.end}` } }));
  const scenarios: Scenario[] = [
    {
      name: `largest layer (${largest.id}, ${(largest.body.length / 1000).toFixed(0)} kB gzip) 200`,
      connections: 50,
      atlas: [{ path: `/api/layers/${largest.id}`, headers: gzip }],
      bare: [{ path: '/layer', headers: gzip }],
      expect: [200],
      goal: 'atlas ≥ 0.8 × bare',
    },
    {
      name: 'largest layer 304 (If-None-Match)',
      connections: 50,
      atlas: [{ path: `/api/layers/${largest.id}`, headers: { ...gzip, 'if-none-match': largest.etag } }],
      bare: [{ path: '/layer', headers: { ...gzip, 'if-none-match': largest.etag } }],
      expect: [304],
    },
    { name: 'PMTiles ranges (basemap)', connections: 50, atlas: tileRequests('/tiles/basemap.pmtiles'), bare: tileRequests('/tiles'), expect: [206], goal: '≥ 3,000 req/s, p99 ≤ 25 ms' },
    { name: 'search, planner queries', connections: 10, atlas: planner.map((p) => ({ path: p })), bare: planner.map((p) => ({ path: p })), expect: [200], goal: 'p99 ≤ 20 ms' },
    { name: 'search, hostile ≤ 1 KB', connections: 10, atlas: hostile.map((p) => ({ path: p })), bare: hostile.map((p) => ({ path: p })), expect: [200, 400], goal: 'p99 ≤ 20 ms' },
  ];

  const rows: RunRow[] = [];
  try {
    for (const scenario of scenarios) {
      // warm both (JIT, sockets), then alternate measured rounds
      await runCannon({ url: atlasOrigin, connections: scenario.connections, amount: 2000, requests: scenario.atlas });
      await runCannon({ url: bareOrigin, connections: scenario.connections, amount: 2000, requests: scenario.bare });
      let best: { atlas?: RunRow; bare?: RunRow } = {};
      for (let round = 0; round < o.rounds; round++) {
        for (const server of ['bare node:http', 'atlas'] as const) {
          const pid = server === 'atlas' ? atlas.pid : bare.pid;
          const cpuBefore = cpuSeconds(pid);
          const result = await runCannon({ url: server === 'atlas' ? atlasOrigin : bareOrigin, connections: scenario.connections, duration: o.seconds, requests: server === 'atlas' ? scenario.atlas : scenario.bare });
          const r = row(scenario, server, result, cpuSeconds(pid) - cpuBefore);
          const key = server === 'atlas' ? 'atlas' : 'bare';
          if (!best[key] || r.reqPerSec > best[key]!.reqPerSec) best = { ...best, [key]: r };
        }
      }
      rows.push(best.atlas!, best.bare!);
      log(
        `${scenario.name}: atlas ${best.atlas!.reqPerSec} req/s p99 ${best.atlas!.p99} ms cpu ${best.atlas!.serverCpu} · ` +
          `bare ${best.bare!.reqPerSec} req/s p99 ${best.bare!.p99} ms cpu ${best.bare!.serverCpu}`,
      );
    }
  } finally {
    bare.kill('SIGTERM');
  }
  return { rows, facts };
}
