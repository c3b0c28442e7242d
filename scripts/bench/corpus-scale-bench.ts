/**
 * The atlas at 1,000 documents (issue 18, "Measure"): a seeded corpus of about 2 million
 * characters (generate-corpus.ts, in a temporary folder), then
 *   - start-up: `node --import tsx api/src/server.ts` from spawn to /api/health, and the
 *     server's own "ready in" (loadAtlas + listen); resident memory after start and after load;
 *   - search at 10 connections (autocannon) over seeded planner and hostile queries;
 *   - adding one document (about 200,000 characters, and a small one) to corpora of 5, 100 and
 *     1,000 documents: ingesting, linking and drawing claims for it, against linking the whole
 *     corpus again as the atlas did before linking was incremental, and the new snapshot.
 *
 *   npx tsx scripts/bench/corpus-scale-bench.ts [--before DIR] [--write]   # prints (and writes) the tables
 *   npm run bench -- --only corpus                                 # and writes docs/benchmarks.md
 *
 * `--before DIR`: another checkout (its node_modules beside it) whose server is started on the
 * same corpus, for a before/after on the same machine at the same moment.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inputsFromEnv, REPO_ROOT, type AtlasInputs } from '../../core/atlas-inputs';
import { extractClaims } from '../../core/claims/extract-claims';
import { ingestCorpus } from '../../core/corpus/ingest-corpus';
import { ingestDocument } from '../../core/corpus/ingest-document';
import { loadGazetteer } from '../../core/gazetteer/load-gazetteer';
import { loadClaimCorrections } from '../../core/claims/apply-corrections';
import { findDocumentMentions, linkDocument } from '../../core/linking/link-document';
import { linkMentions } from '../../core/linking/link-mentions';
import { loadMentionOverrides } from '../../core/linking/mention-overrides';
import { nameIndexOf } from '../../core/linking/name-index';
import { loadAtlas } from '../../core/load-atlas';
import { buildAtlas } from '../../core/store/atlas-store';
import { loadLayerCatalog } from '../../core/store/layer-catalog';
import type { AtlasDocument } from '../../types/atlas';
import { spawnServer } from '../../api/test/support/spawn-server';
import { CORPUS_DEFAULTS, corpusFileName, generateCorpusFiles, generateDocument, readSeedMaterial, type CorpusFile } from './generate-corpus';
import { cpuSeconds } from './http-bench';
import { runCannon, type CannonRequest } from './load/autocannon';
import { seededRandom } from '../../core/testing/seeded-random';
import { machineLine } from './machine';
import { corpusMarkdown, writeBlock } from './report';
import { hostileQueries, plannerQueries } from './search-queries';

export const CORPUS_BENCH_DEFAULTS = {
  /** documents in the large corpus */
  count: Number(process.env.BENCH_CORPUS_COUNT ?? CORPUS_DEFAULTS.count),
  /** corpus sizes the cost of adding one document is measured at */
  sizes: (process.env.BENCH_CORPUS_SIZES ?? '5,100,1000').split(',').map(Number),
  /** characters of the large new document, and of the small one */
  largeDocument: 200_000,
  smallDocument: 2_000,
  /** server starts timed; the best is reported */
  starts: Number(process.env.BENCH_ROUNDS ?? 2),
  /** search: seconds a run, runs (best kept), connections */
  seconds: Number(process.env.BENCH_SECONDS ?? 6),
  rounds: Number(process.env.BENCH_ROUNDS ?? 2),
  connections: 10,
  searchLimit: 20,
  seed: 18,
  /** goals from issue 18 */
  goals: { startMs: 10_000, searchP99Ms: 20, readyMs: 10_000 },
};

export interface StartRow {
  server: 'after' | 'before';
  documents: number;
  /** spawn to the first 200 from /api/health (node, tsx, loadAtlas, listen, poll) */
  spawnToHealthMs: number;
  /** what the server prints: loadAtlas and listen, inside the process */
  readyMs: number;
  /** CPU time the server process had used when it answered: start-up's cost whatever the machine's other load */
  cpuMs: number;
  rssMb: number;
}

export interface SearchRow {
  /** `after, uncached`: every answer computed (SEARCH_CACHE_ENTRIES=0), as for queries never asked before */
  server: 'after' | 'after, uncached' | 'before';
  mix: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  max: number;
  serverCpu: number;
  /** the server's CPU time per answer: the cost of a search whatever the machine's other load */
  cpuPerRequestMs: number;
  failed: number;
  rssAfterMb: number;
  peakRssMb: number;
  /** p99 of every run, in order */
  runs: number[];
}

export interface AddRow {
  corpus: number;
  document: 'large' | 'small';
  characters: number;
  passages: number;
  /** ingesting the new file (repairs, passage kinds, damage) */
  ingestMs: number;
  /** linking the new document alone (linkDocument) */
  linkDocumentMs: number;
  /** the corpus's links with the new document: linkMentions, every other document remembered */
  linkCorpusMs: number;
  /** the same, as before: every document linked again */
  relinkAllMs: number;
  /** drawing the new document's claims */
  claimsMs: number;
  /** the whole new snapshot (buildAtlas), every other document's links and claims remembered */
  snapshotMs: number;
}

export interface CorpusBenchResult {
  settings: typeof CORPUS_BENCH_DEFAULTS;
  characters: number;
  passages: number;
  starts: StartRow[];
  search: SearchRow[];
  adds: AddRow[];
  queries: { planner: number; hostile: number };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
};

/** Milliseconds of this process's CPU for `run`, the median of `times` runs (the machine is shared: wall time measures the neighbours). */
function cpuMs<T>(times: number, run: () => T): number {
  const spent: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    spent.push((used.user + used.system) / 1000);
  }
  return median(spent);
}

function residentMb(pid: number | undefined, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  try {
    const line = fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`));
    return Math.round(Number(line!.split(/\s+/)[1]) / 1024);
  } catch {
    return Number.NaN;
  }
}

function writeFiles(dir: string, files: CorpusFile[]): string {
  fs.mkdirSync(dir, { recursive: true });
  for (const file of files) fs.writeFileSync(path.join(dir, file.fileName), file.text);
  return dir;
}

async function timeStarts(corpusDir: string, documents: number, server: StartRow['server'], root: string | undefined, log: (line: string) => void): Promise<StartRow[]> {
  const rows: StartRow[] = [];
  for (let round = 0; round < CORPUS_BENCH_DEFAULTS.starts; round += 1) {
    const started = performance.now();
    const spawned = await spawnServer({ env: { CORPUS_DIR: corpusDir, RATE_LIMIT_SCALE: '100000' }, timeoutMs: 180_000, root });
    const spawnToHealthMs = Math.round(performance.now() - started);
    const readyMs = Number(/ready in (\d+) ms/.exec(spawned.output().stdout)?.[1] ?? Number.NaN);
    const row = { server, documents, spawnToHealthMs, readyMs, cpuMs: Math.round(cpuSeconds(spawned.child.pid) * 1000), rssMb: residentMb(spawned.child.pid) };
    log(`start (${server}, ${documents} documents): ${spawnToHealthMs} ms to health, ready in ${readyMs} ms, ${row.cpuMs} ms of CPU, ${row.rssMb} MB resident`);
    rows.push(row);
    await spawned.stop();
  }
  return rows;
}

async function timeSearch(corpusDir: string, server: SearchRow['server'], root: string | undefined, mixes: Array<[string, string[]]>, log: (line: string) => void): Promise<SearchRow[]> {
  const o = CORPUS_BENCH_DEFAULTS;
  const cache: Record<string, string> = server === 'after, uncached' ? { SEARCH_CACHE_ENTRIES: '0' } : {};
  const spawned = await spawnServer({ env: { CORPUS_DIR: corpusDir, RATE_LIMIT_SCALE: '100000', ...cache }, timeoutMs: 180_000, root });
  const rows: SearchRow[] = [];
  try {
    for (const [mix, paths] of mixes) {
      const requests: CannonRequest[] = paths.map((p) => ({ path: p }));
      // warm-up: the JIT and the sockets (a few hundred for the old server, which answers a few a second)
      await runCannon({ url: spawned.origin, connections: o.connections, amount: server === 'before' ? 200 : 2000, requests });
      const runs: Array<Omit<SearchRow, 'runs' | 'rssAfterMb' | 'peakRssMb'>> = [];
      for (let round = 0; round < o.rounds; round += 1) {
        const cpuBefore = cpuSeconds(spawned.child.pid);
        const r = await runCannon({ url: spawned.origin, connections: o.connections, duration: o.seconds, requests });
        const cpu = cpuSeconds(spawned.child.pid) - cpuBefore;
        const expected = mix.startsWith('hostile') ? r['2xx'] + r['4xx'] : r['2xx'];
        runs.push({
          server,
          mix,
          reqPerSec: Math.round(r.requests.average),
          p50: r.latency.p50,
          p99: r.latency.p99,
          max: r.latency.max,
          serverCpu: Math.round((cpu / r.duration) * 100) / 100,
          cpuPerRequestMs: r.requests.total > 0 ? Math.round((cpu * 1000 * 100) / r.requests.total) / 100 : Number.NaN,
          failed: r.requests.total - expected + r.errors + r.timeouts,
        });
      }
      // the best run that answered everything; a run cut short by timeouts is no best
      const answered = runs.filter((r) => r.reqPerSec > 0 && r.failed === 0);
      const best = (answered.length > 0 ? answered : runs).reduce((a, b) => (b.p99 < a.p99 ? b : a));
      const row = { ...best, rssAfterMb: residentMb(spawned.child.pid), peakRssMb: residentMb(spawned.child.pid, 'VmHWM'), runs: runs.map((r) => r.p99) };
      log(`search (${server}, ${mix}): p50 ${row.p50} ms, p99 ${row.p99} ms (runs ${row.runs.join(', ')}), ${row.reqPerSec} req/s, server CPU ${row.serverCpu} (${row.cpuPerRequestMs} ms an answer), ${row.rssAfterMb} MB resident`);
      rows.push(row);
    }
  } finally {
    await spawned.stop();
  }
  return rows;
}

/** The cost of one new document against corpora of each size, in this process's CPU time. */
function timeAdds(files: CorpusFile[], workDir: string, inputs: AtlasInputs, log: (line: string) => void): AddRow[] {
  const o = CORPUS_BENCH_DEFAULTS;
  const { material } = readSeedMaterial();
  const records = loadGazetteer(inputs.placesDir);
  const overrides = loadMentionOverrides(inputs.mentionOverridesFile);
  const corrections = loadClaimCorrections(inputs.claimCorrectionsFile);
  const catalog = loadLayerCatalog(inputs.layersFile);
  const rows: AddRow[] = [];
  for (const size of o.sizes) {
    const dir = writeFiles(path.join(workDir, `corpus-${size}`), files.slice(0, size));
    const { documents } = ingestCorpus(dir, { curatedFile: inputs.documentsFile });
    const options = { overrides, corrections, threshold: inputs.layerThreshold };
    buildAtlas(catalog, documents, records, options); // every document linked and its claims drawn, as at start-up
    for (const kind of ['small', 'large'] as const) {
      const random = seededRandom(o.seed * 1000 + size + (kind === 'large' ? 1 : 0));
      const text = generateDocument(material, random, kind === 'large' ? o.largeDocument : o.smallDocument);
      const fileName = corpusFileName(size, random);
      // a fresh document object for every timed run: nothing about it may be remembered
      const fresh = () => ingestDocument(fileName, text, {}).document;
      const repeats = kind === 'large' ? 3 : 7;
      const sample = fresh();
      const index = nameIndexOf(records);
      const row: AddRow = {
        corpus: size,
        document: kind,
        characters: text.length,
        passages: sample.passages.length,
        ingestMs: cpuMs(repeats, fresh),
        linkDocumentMs: medianOf(repeats, fresh, (d) => linkDocument(d, index)),
        linkCorpusMs: medianOf(repeats, fresh, (d) => linkMentions([...documents, d], records, overrides)),
        relinkAllMs: cpuMs(Math.min(repeats, 3), () => [...documents, sample].map((d) => findDocumentMentions(d, index))),
        claimsMs: medianOf(repeats, () => linkDocument(fresh(), index), (d) => extractClaims(d, () => true)),
        snapshotMs: medianOf(Math.min(repeats, 3), fresh, (d) => buildAtlas(catalog, [...documents, d], records, options)),
      };
      log(
        `add a ${kind} document (${row.characters.toLocaleString('en')} characters) to ${size}: ingest ${row.ingestMs.toFixed(1)} ms, ` +
          `link it ${row.linkDocumentMs.toFixed(1)} ms, corpus links ${row.linkCorpusMs.toFixed(1)} ms (re-linking all: ${row.relinkAllMs.toFixed(0)} ms), ` +
          `claims ${row.claimsMs.toFixed(1)} ms, snapshot ${row.snapshotMs.toFixed(0)} ms`,
      );
      rows.push(row);
    }
  }
  return rows;
}

/** Median CPU time of `measure` on a fresh input each run (the input's own making not counted). */
function medianOf<T>(times: number, make: () => T, measure: (input: T) => unknown): number {
  const spent: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const input = make();
    spent.push(cpuMs(1, () => measure(input)));
  }
  return median(spent);
}

export async function runCorpusScaleBench(workDir: string, log: (line: string) => void, options: { before?: string } = {}): Promise<CorpusBenchResult> {
  const o = CORPUS_BENCH_DEFAULTS;
  const { seedFiles, material } = readSeedMaterial();
  const files = generateCorpusFiles(seedFiles, material, { count: Math.max(o.count, ...o.sizes), seed: o.seed });
  const corpusDir = writeFiles(path.join(workDir, `corpus-all-${o.count}`), files.slice(0, o.count));
  const characters = files.slice(0, o.count).reduce((n, f) => n + f.text.length, 0);
  log(`corpus: ${o.count} documents, ${characters.toLocaleString('en')} characters in ${corpusDir}`);

  const inputs = { ...inputsFromEnv({}), corpusDir };
  const store = loadAtlas(inputs);
  const toPath = (q: string) => `/api/search?q=${encodeURIComponent(q)}&limit=${o.searchLimit}`;
  const planner = [...new Set(plannerQueries(store, 300, o.seed).map(toPath))];
  const hostile = [...new Set(hostileQueries(o.seed, `&limit=${o.searchLimit}`).map(toPath))];
  const mixes: Array<[string, string[]]> = [
    ['planner queries', planner],
    ['hostile ≤ 1 KB', hostile],
  ];

  const starts: StartRow[] = [];
  const search: SearchRow[] = [];
  starts.push(...(await timeStarts(path.join(inputsFromEnv({}).corpusDir), seedFiles.length, 'after', undefined, log)));
  starts.push(...(await timeStarts(corpusDir, o.count, 'after', undefined, log)));
  search.push(...(await timeSearch(corpusDir, 'after', undefined, mixes, log)));
  search.push(...(await timeSearch(corpusDir, 'after, uncached', undefined, mixes, log)));
  if (options.before) {
    starts.push(...(await timeStarts(corpusDir, o.count, 'before', options.before, log)));
    search.push(...(await timeSearch(corpusDir, 'before', options.before, mixes, log)));
  }
  const adds = timeAdds(files, workDir, inputsFromEnv({}), log);
  return { settings: o, characters, passages: store.passageById.size, starts, search, adds, queries: { planner: planner.length, hostile: hostile.length } };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const at = process.argv.indexOf('--before');
  const before = at >= 0 ? path.resolve(process.argv[at + 1]) : undefined;
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-corpus-bench-'));
  const machine = machineLine();
  console.log(machine);
  try {
    const result = await runCorpusScaleBench(workDir, (line) => console.log(line), { before });
    const markdown = corpusMarkdown(result, machine);
    console.log(`\n${markdown}`);
    if (process.argv.includes('--write')) writeBlock(path.join(REPO_ROOT, 'docs/benchmarks.md'), 'corpus', markdown);
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
