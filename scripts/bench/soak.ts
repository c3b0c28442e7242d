/**
 * Soak: the mixed read traffic of scripts/bench/load/mixed-traffic.ts against the real server (its
 * own process, 127.0.0.1, on a real database), while editors write (load/edit-traffic.ts: PATCH with
 * If-Match, retried on 412), printing the server's resident memory as it goes and the drift from
 * the warmed-up start to the end (goal ≤ 10 %). Exits 1 on a failed read, an edit error (any answer
 * but 200 and 412), an acknowledged edit not kept, or drift over the goal.
 *
 * RSS is read every second. It saws up and down by 150 MB with V8's collections, so one
 * reading says little; what a leak raises is the floor the collector gets back to. Drift is
 * the change of that floor (each period's lowest reading, the median over a window of periods)
 * from the first window after warm-up to the last.
 *
 *   npx tsx scripts/bench/soak.ts [--minutes 10] [--connections 10] [--sample 15]
 *        [--editors 2] [--edit-pause 1000] [--database embedded,postgres] [--no-write]
 *
 * --database: `embedded` (PGlite on disk in a temporary DATA_DIR) and/or `postgres` (a fresh
 * database on TEST_DATABASE_URL's server); by default the embedded one, and PostgreSQL too when
 * TEST_DATABASE_URL is set; each soaks for --minutes. --editors 0: readers only.
 * The tables go into docs/benchmarks.md (the `soak` and `soak-postgres` blocks) unless --no-write.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configFromEnv, REPO_ROOT } from '../../api/src/config';
import { prepareServerDatabase } from '../../api/test/support/server-database';
import { spawnServer } from '../../api/test/support/spawn-server';
import { TEST_DATABASE_URL } from '../../core/db/testing/test-databases';
import { loadAtlas } from '../../core/load-atlas';
import { runCannon } from './load/autocannon';
import { EDIT_DEFAULTS, featureVersions, lostEdits, percentile, startEditors } from './load/edit-traffic';
import { mixedRequests } from './load/mixed-traffic';
import { pick, seededRandom } from '../../core/testing/seeded-random';
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
  editors: EDIT_DEFAULTS.editors,
  editPauseMs: EDIT_DEFAULTS.pauseMs,
  /** places the editors share (so they collide now and then, and retry on 412) */
  editedPlaces: 2,
};

type DatabaseKind = 'embedded' | 'postgres';

interface Row {
  minute: number;
  requests: number;
  reqPerSec: number;
  p99: number;
  rssMb: number;
  minMb: number;
  maxMb: number;
  failed: number;
  edits: number;
  conflicts: number;
  editErrors: number;
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const listArg = (name: string, fallback: string[]) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1].split(',').map((s) => s.trim()) : fallback;
};

/** Resident set size of a process in MB (Linux /proc). */
function residentMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return Math.round((kb / 1024) * 10) / 10;
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : Math.round(((sorted[mid - 1] + sorted[mid]) / 2) * 10) / 10;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

const minutes = arg('minutes', SOAK_DEFAULTS.minutes);
const connections = arg('connections', SOAK_DEFAULTS.connections);
const sampleSeconds = arg('sample', SOAK_DEFAULTS.sampleSeconds);
const editors = arg('editors', SOAK_DEFAULTS.editors);
const editPauseMs = arg('edit-pause', SOAK_DEFAULTS.editPauseMs);
const databases = listArg('database', TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded']) as DatabaseKind[];
const samples = Math.max(3, Math.round((minutes * 60) / sampleSeconds));
for (const kind of databases) {
  if (kind !== 'embedded' && kind !== 'postgres') throw new Error(`--database takes embedded and/or postgres, not ${kind}`);
  if (kind === 'postgres' && !TEST_DATABASE_URL) throw new Error('--database postgres needs TEST_DATABASE_URL (bash .ci/postgres.sh prints one)');
}

const config = configFromEnv();
const atlas = loadAtlas(config);
const requests = await mixedRequests(atlas, config.tilesDir, 5000, SOAK_DEFAULTS.seed);
const random = seededRandom(SOAK_DEFAULTS.seed);
const editedPlaces = [...new Set(Array.from({ length: SOAK_DEFAULTS.editedPlaces * 4 }, () => pick(random, atlas.features).id))].slice(0, SOAK_DEFAULTS.editedPlaces);

let allOk = true;
for (const kind of databases) allOk = (await soak(kind)) && allOk;
process.exit(allOk ? 0 : 1);

async function soak(kind: DatabaseKind): Promise<boolean> {
  const machine = machineLine();
  console.log(machine);
  console.log(
    `soak (${kind} database): ${minutes} min of mixed traffic at ${connections} connections, ` +
      `${editors} editor${editors === 1 ? '' : 's'} on ${editedPlaces.join(', ')} (pause ${editPauseMs} ms), memory every ${sampleSeconds} s`,
  );
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-soak-'));
  const database = await prepareServerDatabase(kind === 'embedded' ? 'pglite' : 'postgres', root, 'soak-editor');
  const server = await spawnServer({ env: { ...database.env, RATE_LIMIT_SCALE: '100000' } });
  const pid = server.child.pid!;
  let stopping = false;
  void server.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`the server exited during the soak (code ${code}, signal ${signal}):\n${server.output().stderr.slice(-3000)}`);
    process.exit(1);
  });

  const rows: Row[] = [];
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
  const versionsBefore = await featureVersions(server.origin, editedPlaces);
  const editing = startEditors({ origin: server.origin, token: database.token, featureIds: editedPlaces, editors, pauseMs: editPauseMs });
  let lost = 0;
  console.log(`start RSS ${startRss} MB`);
  console.log('| minute | requests | req/s | p99 ms | RSS MB now | lowest | highest | failed | edits | 412 retried | edit errors |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  try {
    let seen = { edits: 0, conflicts: 0, errors: 0 };
    for (let i = 0; i < samples; i++) {
      const r = await runCannon({ url: server.origin, connections, duration: sampleSeconds, requests });
      total += r.requests.total;
      const bad = r.errors + r.timeouts + r['4xx'] + r['5xx'];
      failed += bad;
      const now = residentMb(pid);
      const period = readings.length ? readings : [now];
      readings = [];
      const { edits, conflicts, errors } = editing.stats;
      const row: Row = {
        minute: Math.round(((i + 1) * sampleSeconds) / 6) / 10,
        requests: total,
        reqPerSec: Math.round(r.requests.average),
        p99: r.latency.p99,
        rssMb: now,
        minMb: Math.min(...period),
        maxMb: Math.max(...period),
        failed: bad,
        edits: edits - seen.edits,
        conflicts: conflicts - seen.conflicts,
        editErrors: errors - seen.errors,
      };
      seen = { edits, conflicts, errors };
      rows.push(row);
      console.log(
        `| ${row.minute} | ${row.requests} | ${row.reqPerSec} | ${row.p99} | ${row.rssMb} | ${row.minMb} | ${row.maxMb} | ${row.failed} | ${row.edits} | ${row.conflicts} | ${row.editErrors} |`,
      );
    }
  } finally {
    clearInterval(sampler);
    await editing.stop();
    // every acknowledged edit is in the places' versions, read back through the server
    lost = lostEdits(versionsBefore, await featureVersions(server.origin, editedPlaces).catch(() => new Map<string, number>()), editing.stats);
    stopping = true;
    await server.stop();
    await database.dispose();
    fs.rmSync(root, { recursive: true, force: true });
  }

  const stats = editing.stats;
  const warm = Math.max(1, Math.round(samples * SOAK_DEFAULTS.warmUpShare));
  const window = Math.max(1, Math.round(samples * SOAK_DEFAULTS.windowShare));
  const first = rows.slice(warm, warm + window);
  const last = rows.slice(-window);
  const base = median(first.map((r) => r.minMb));
  const end = median(last.map((r) => r.minMb));
  const peak = Math.max(...rows.map((r) => r.maxMb));
  const drift = ((end - base) / base) * 100;
  const meanDrift = ((mean(last.map((r) => r.rssMb)) - mean(first.map((r) => r.rssMb))) / mean(first.map((r) => r.rssMb))) * 100;
  const editLine =
    editors === 0
      ? 'no editors'
      : `${stats.edits} edits saved by ${editors} editors (PATCH answered p50 ${Math.round(percentile(stats.latencies, 50))} ms, p99 ${Math.round(percentile(stats.latencies, 99))} ms), ` +
        `${stats.conflicts} answered 412 and retried, ${stats.errors} edit errors, ${lost} acknowledged edits lost`;
  console.log(
    `\nRSS floor after warm-up (rows ${warm + 1}–${warm + window}) ${base} MB → last ${window} rows ${end} MB (peak ${peak} MB): ` +
      `drift ${drift.toFixed(1)} % (goal ≤ ${SOAK_DEFAULTS.maxDriftPercent} %; point readings drift ${meanDrift.toFixed(1)} %); ${total} requests, ${failed} failed; ${editLine}`,
  );
  for (const sample of stats.errorSamples) console.log(`  edit error: ${sample}`);
  const ok = failed === 0 && stats.errors === 0 && lost === 0 && drift <= SOAK_DEFAULTS.maxDriftPercent;
  console.log(ok ? 'soak: goal met' : 'soak: goal NOT met');
  if (!process.argv.includes('--no-write')) {
    const every = Math.max(1, Math.floor(rows.length / 20));
    const markdown = [
      machine,
      '',
      `\`npx tsx scripts/bench/soak.ts --minutes ${minutes} --editors ${editors} --database ${kind}\`: the mixed traffic of \`scripts/bench/load/mixed-traffic.ts\` at ${connections} connections, ` +
        `while ${editors} editors PATCH the notes of ${editedPlaces.length} shared places with If-Match (a pause of about ${editPauseMs} ms between saved edits; a 412 is read again and retried), ` +
        `on the ${kind === 'embedded' ? 'embedded database (PGlite on disk)' : 'PostgreSQL server'}; the server's resident memory (VmRSS) read every second, summed up every ${sampleSeconds} s (${every === 1 ? 'every' : `every ${every}th`} period shown).`,
      '',
      '| minute | requests so far | req/s | p99 ms | RSS MB at the end of the period | lowest in the period | highest | failed | edits | 412 retried | edit errors |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows
        .filter((_r, i) => i % every === every - 1 || i === rows.length - 1)
        .map(
          (r) =>
            `| ${r.minute} | ${r.requests.toLocaleString('en')} | ${r.reqPerSec} | ${r.p99} | ${r.rssMb} | ${r.minMb} | ${r.maxMb} | ${r.failed} | ${r.edits} | ${r.conflicts} | ${r.editErrors} |`,
        ),
      '',
      `RSS at start (idle) ${startRss} MB. The floor the collector returns to (median of the periods' lowest readings): ${base} MB in the first ${window} periods after warm-up, ${end} MB in the last ${window}: ` +
        `**drift ${drift.toFixed(1)} %** (goal ≤ ${SOAK_DEFAULTS.maxDriftPercent} %, ${ok ? 'met' : '**not met**'}); peak ${peak} MB; ` +
        `single readings at period ends drift ${meanDrift.toFixed(1)} % (they land anywhere on the saw). ${total.toLocaleString('en')} requests, ${failed} failed; ${editLine}.`,
    ].join('\n');
    writeBlock(path.join(REPO_ROOT, 'docs/benchmarks.md'), kind === 'embedded' ? 'soak' : 'soak-postgres', markdown);
  }
  return ok;
}
