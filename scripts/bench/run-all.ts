/**
 * `npm run bench`: every measured figure of docs/benchmarks.md, on this machine, now.
 *
 *   npm run bench                       # bundle, http, browser, basemap-pan, scale, scale-atlas, corpus (about 16 minutes)
 *   npm run bench -- --only http,browser
 *   npm run bench -- --no-write         # print only; leave docs/benchmarks.md alone
 *
 * BENCH_SECONDS, BENCH_ROUNDS, BENCH_BROWSER_RUNS, BENCH_SCALE_SIZES, BENCH_SCALE_ATLAS_COUNT,
 * BENCH_CORPUS_COUNT and BENCH_CORPUS_SIZES tune the effort.
 *
 * The atlas runs as its own process (`node --import tsx api/src/server.ts`, as `npm start`
 * does), and so does the bare node:http baseline: on 2 cores, a server sharing the event loop
 * with autocannon would measure the client as much as the server. Chromium is a process of
 * its own anyway.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { configFromEnv, REPO_ROOT } from '../../api/src/config';
import { loadAtlas } from '../../core/load-atlas';
import { spawnServer } from '../../api/test/support/spawn-server';
import { BASEMAP_PAN_DEFAULTS, runBasemapPanBench } from './basemap-pan-bench';
import { BROWSER_BENCH_DEFAULTS, runBrowserBench } from './browser-bench';
import { measureBundle } from './bundle-budget';
import { HTTP_BENCH_DEFAULTS, runHttpBench } from './http-bench';
import { machineLine } from './machine';
import { basemapPanMarkdown, browserMarkdown, bundleMarkdown, corpusMarkdown, httpMarkdown, scaleAtlasMarkdown, scaleMarkdown, writeBlock } from './report';
import { runCorpusScaleBench } from './corpus-scale-bench';
import { runScaleAtlasBench } from './scale-atlas-bench';
import { runScaleBench } from './scale-bench';
// @ts-expect-error -- plain ESM shared with scripts/start.mjs, no types
import { buildWeb, webBuildIsStale } from '../web-build.mjs';

const PARTS = ['bundle', 'http', 'browser', 'basemap-pan', 'scale', 'scale-atlas', 'corpus'] as const;
type Part = (typeof PARTS)[number];

const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const onlyValue = onlyArg?.includes('=') ? onlyArg.split('=')[1] : onlyArg ? process.argv[process.argv.indexOf(onlyArg) + 1] : undefined;
const parts = new Set<Part>((onlyValue ? onlyValue.split(',') : PARTS) as Part[]);
for (const p of parts) if (!PARTS.includes(p)) throw new Error(`unknown part "${p}": choose among ${PARTS.join(', ')}`);
const write = !process.argv.includes('--no-write');
const DOC = path.join(REPO_ROOT, 'docs/benchmarks.md');

const machine = machineLine();
const log = (line: string) => console.log(line);
const blocks: Array<[string, string]> = [];
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-'));
console.log(machine);

try {
  if (parts.has('bundle') || parts.has('browser')) {
    // the build the browser run is served, measured as it is built
    const bundle = await measureBundle(path.join(REPO_ROOT, 'web/dist'));
    if (parts.has('bundle')) blocks.push(['bundle', bundleMarkdown(bundle, machine)]);
  }

  if (parts.has('http') || parts.has('browser')) {
    const store = loadAtlas(configFromEnv());
    const server = await spawnServer({ env: { RATE_LIMIT_SCALE: '100000' } });
    log(`atlas server: ${server.origin} (pid ${server.child.pid})`);
    try {
      if (parts.has('http')) {
        const http = await runHttpBench({ origin: server.origin, pid: server.child.pid }, store, workDir, log);
        blocks.push(['http', httpMarkdown(http, machine, HTTP_BENCH_DEFAULTS.seconds, HTTP_BENCH_DEFAULTS.rounds)]);
      }
      if (parts.has('browser')) {
        const browser = await runBrowserBench(server.origin, store.layers.length, log);
        blocks.push(['browser', browserMarkdown(browser, machine, BROWSER_BENCH_DEFAULTS.runs)]);
      }
    } finally {
      await server.stop();
    }
  }

  if (parts.has('basemap-pan')) {
    if (webBuildIsStale(REPO_ROOT)) buildWeb(REPO_ROOT);
    const pans = await runBasemapPanBench(workDir, log);
    blocks.push(['basemap-pan', basemapPanMarkdown(pans, machine, BASEMAP_PAN_DEFAULTS.runs)]);
  }

  if (parts.has('scale')) {
    const scale = await runScaleBench(workDir, log);
    blocks.push(['scale', scaleMarkdown(scale.rows, machine)]);
  }

  if (parts.has('corpus')) {
    // BENCH_CORPUS_BEFORE: an older checkout started on the same corpus, for a before/after
    const result = await runCorpusScaleBench(workDir, log, { before: process.env.BENCH_CORPUS_BEFORE });
    blocks.push(['corpus', corpusMarkdown(result, machine)]);
  }

  if (parts.has('scale-atlas')) {
    // the app under test is web/dist as `npm start` would serve it
    if (webBuildIsStale(REPO_ROOT)) buildWeb(REPO_ROOT);
    const rows = await runScaleAtlasBench(workDir, log);
    blocks.push(['scale-atlas', scaleAtlasMarkdown(rows, machine)]);
  }
} finally {
  fs.rmSync(workDir, { recursive: true, force: true });
}

for (const [name, markdown] of blocks) {
  console.log(`\n## ${name}\n\n${markdown}`);
  if (write) writeBlock(DOC, name, markdown);
}
if (write) console.log(`\nwritten to ${path.relative(process.cwd(), DOC)}`);
