/**
 * Soak: the mixed traffic of scripts/bench/load/mixed-traffic.ts against the real server (its own
 * process, 127.0.0.1) for a long while, printing the server's resident memory as it goes and
 * the drift from the warmed-up start to the end (goal ≤ 10 %). Exits 1 on errors or drift.
 *
 * RSS is read every second. It saws up and down by 150 MB with V8's collections, so one
 * reading says little; what a leak raises is the floor the collector gets back to. Drift is
 * the change of that floor (each period's lowest reading, the median over a window of periods)
 * from the first window after warm-up to the last.
 *
 *   npx tsx scripts/bench/soak.ts [--minutes 10] [--connections 10] [--sample 15] [--no-write]
 *
 * The table goes into docs/benchmarks.md (the `soak` block) unless --no-write.
 */
import fs from 'node:fs';
import { configFromEnv } from '../../api/src/config';
import { runCannon } from './load/autocannon';
import { mixedRequests } from './load/mixed-traffic';
import { loadAtlas } from '../../core/load-atlas';
import { spawnServer } from '../../api/test/support/spawn-server';
import path from 'node:path';
import { REPO_ROOT } from '../../api/src/config';
import { machineLine } from './machine';
import { writeBlock } from './report';

export const SOAK_DEFAULTS = {
  minutes: 10,
  connections: 10,
  /** seconds of load between two memory samples */
  sampleSeconds: 15,
  /** the first samples are warm-up (JIT, caches, heap growth to its working size) */
  warmUpShare: 0.1,
  /** compare this share of rows after warm-up with the last such share */
  windowShare: 0.2,
  maxDriftPercent: 10,
  seed: 77,
};

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};

/** Resident set size of a process in MB (Linux /proc). */
function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

const minutes = arg('minutes', SOAK_DEFAULTS.minutes);
const connections = arg('connections', SOAK_DEFAULTS.connections);
const sampleSeconds = arg('sample', SOAK_DEFAULTS.sampleSeconds);
const samples = Math.max(3, Math.round((minutes * 60) / sampleSeconds));

const machine = machineLine();
console.log(machine);
console.log(`soak: ${minutes} min of mixed traffic at ${connections} connections, memory every ${sampleSeconds} s`);
const server = await spawnServer({ env: { RATE_LIMIT_SCALE: '100000' } });
const pid = server.child.pid!;
let stopping = false;
void server.exited.then(({ code, signal }) => {
  if (stopping) return;
  console.error(`the server exited during the soak (code ${code}, signal ${signal}):\n${server.output().stderr.slice(-3000)}`);
  process.exit(1);
});
const requests = await mixedRequests(loadAtlas(configFromEnv()), configFromEnv().tilesDir, 5000, SOAK_DEFAULTS.seed);
const rows: Array<{ minute: number; requests: number; reqPerSec: number; p99: number; rssMb: number; minMb: number; maxMb: number; failed: number }> = [];
let readings: number[] = [];
const sampler = setInterval(() => {
  try {
    readings.push(residentMb(pid));
  } catch {
    // the process is gone: the exit handler reports it
  }
}, 1000);
let total = 0;
let failed = 0;
const startRss = residentMb(pid);
console.log(`start RSS ${startRss} MB`);
console.log('| minute | requests | req/s | p99 ms | RSS MB now | lowest | highest | failed |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
try {
  for (let i = 0; i < samples; i++) {
    const r = await runCannon({ url: server.origin, connections, duration: sampleSeconds, requests });
    total += r.requests.total;
    const bad = r.errors + r.timeouts + r['4xx'] + r['5xx'];
    failed += bad;
    const now = residentMb(pid);
    const period = readings.length ? readings : [now];
    readings = [];
    const row = {
      minute: Math.round(((i + 1) * sampleSeconds) / 6) / 10,
      requests: total,
      reqPerSec: Math.round(r.requests.average),
      p99: r.latency.p99,
      rssMb: now,
      minMb: Math.min(...period),
      maxMb: Math.max(...period),
      failed: bad,
    };
    rows.push(row);
    console.log(`| ${row.minute} | ${row.requests} | ${row.reqPerSec} | ${row.p99} | ${row.rssMb} | ${row.minMb} | ${row.maxMb} | ${row.failed} |`);
  }
} finally {
  clearInterval(sampler);
  stopping = true;
  await server.stop();
}

const warm = Math.max(1, Math.round(samples * SOAK_DEFAULTS.warmUpShare));
const window = Math.max(1, Math.round(samples * SOAK_DEFAULTS.windowShare));
const first = rows.slice(warm, warm + window);
const last = rows.slice(-window);
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 10) / 10;
};
const base = median(first.map((r) => r.minMb));
const end = median(last.map((r) => r.minMb));
const peak = Math.max(...rows.map((r) => r.maxMb));
const drift = ((end - base) / base) * 100;
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const meanDrift = ((mean(last.map((r) => r.rssMb)) - mean(first.map((r) => r.rssMb))) / mean(first.map((r) => r.rssMb))) * 100;
console.log(
  `\nRSS floor after warm-up (rows ${warm + 1}–${warm + window}) ${base} MB → last ${window} rows ${end} MB (peak ${peak} MB): ` +
    `drift ${drift.toFixed(1)} % (goal ≤ ${SOAK_DEFAULTS.maxDriftPercent} %; point readings drift ${meanDrift.toFixed(1)} %); ${total} requests, ${failed} failed`,
);
const ok = failed === 0 && drift <= SOAK_DEFAULTS.maxDriftPercent;
console.log(ok ? 'soak: goal met' : 'soak: goal NOT met');
if (!process.argv.includes('--no-write')) {
  const every = Math.max(1, Math.floor(rows.length / 20));
  const markdown = [
    machine,
    '',
    `\`npx tsx scripts/bench/soak.ts --minutes ${minutes}\`: the mixed traffic of \`scripts/bench/load/mixed-traffic.ts\` at ${connections} connections; the server's resident memory (VmRSS) read every second, summed up every ${sampleSeconds} s (${every === 1 ? 'every' : `every ${every}th`} period shown).`,
    '',
    '| minute | requests so far | req/s | p99 ms | RSS MB at the end of the period | lowest in the period | highest | failed |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows
      .filter((_r, i) => i % every === every - 1 || i === rows.length - 1)
      .map((r) => `| ${r.minute} | ${r.requests.toLocaleString('en')} | ${r.reqPerSec} | ${r.p99} | ${r.rssMb} | ${r.minMb} | ${r.maxMb} | ${r.failed} |`),
    '',
    `RSS at start (idle) ${startRss} MB. The floor the collector returns to (median of the periods' lowest readings): ${base} MB in the first ${window} periods after warm-up, ${end} MB in the last ${window}: ` +
      `**drift ${drift.toFixed(1)} %** (goal ≤ ${SOAK_DEFAULTS.maxDriftPercent} %, ${ok ? 'met' : '**not met**'}); peak ${peak} MB; ` +
      `single readings at period ends drift ${meanDrift.toFixed(1)} % (they land anywhere on the saw). ${total.toLocaleString('en')} requests, ${failed} failed.`,
  ].join('\n');
  writeBlock(path.join(REPO_ROOT, 'docs/benchmarks.md'), 'soak', markdown);
}
process.exit(ok ? 0 : 1);
