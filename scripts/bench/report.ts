/**
 * Benchmark results as markdown tables: printed by `npm run bench` and written into
 * docs/benchmarks.md between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` markers, so the
 * prose around them stays hand-written and each part can be re-measured alone.
 */
import fs from 'node:fs';
import { SCALE_ATLAS_DEFAULTS, type ScaleAtlasRow } from './scale-atlas-bench';
import { BASEMAP_PAN_DEFAULTS, type PanArchiveResult } from './basemap-pan-bench';
import type { BrowserBenchResult } from './browser-bench';
import { BUNDLE_BUDGET, kB, type BundleReport } from './bundle-budget';
import type { HttpBenchResult, RunRow } from './http-bench';
import type { ScaleRow } from './scale-bench';
import type { CorpusBenchResult } from './corpus-scale-bench';

const table = (head: string[], rows: Array<Array<string | number>>) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const ms = (v: number) => (Number.isFinite(v) ? `${Math.round(v)} ms` : 'n/a');
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**');

export function httpMarkdown(result: HttpBenchResult, machine: string, seconds: number, rounds: number): string {
  const byScenario = new Map<string, { atlas?: RunRow; bare?: RunRow }>();
  for (const row of result.rows) {
    const entry = byScenario.get(row.scenario) ?? {};
    if (row.server === 'atlas') entry.atlas = row;
    else entry.bare = row;
    byScenario.set(row.scenario, entry);
  }
  const rows = [...byScenario].flatMap(([scenario, { atlas, bare }]) => {
    if (!atlas || !bare) return [];
    const ratio = atlas.reqPerSec / bare.reqPerSec;
    let goal = '';
    if (scenario.startsWith('largest layer (')) goal = `≥ 0.8 × bare: ${verdict(ratio >= 0.8)}`;
    else if (scenario.startsWith('PMTiles')) goal = `≥ 3,000 req/s, p99 ≤ 25 ms: ${verdict(atlas.reqPerSec >= 3000 && atlas.p99 <= 25)}`;
    else if (scenario.startsWith('search')) goal = `p99 ≤ 20 ms: ${verdict(atlas.p99 <= 20)}`;
    const line = (r: RunRow, name: string, extra: string) => [name, r.connections, r.reqPerSec.toLocaleString('en'), extra, r.p50, r.p99, r.max, r.serverCpu, r.mbPerSec, r.bytesPerAnswer.toLocaleString('en'), r.unexpected + r.errors];
    return [
      [`**${scenario}**`, '', '', '', '', '', '', '', '', '', '', ''],
      [...line(atlas, 'atlas', ratio.toFixed(2)), goal],
      [...line(bare, 'bare node:http', '1.00'), ''],
    ];
  });
  const facts = result.facts;
  return [
    machine,
    '',
    `autocannon on 127.0.0.1, ${seconds} s a run, best of ${rounds} alternating rounds (bare first), after a 2,000-request warm-up of each. Atlas: \`node --import tsx api/src/server.ts\` in its own process (rate limits scaled ×100,000); bare: \`scripts/bench/bare-server.ts\` in another, sending the same bytes.`,
    '',
    table(['scenario / server', 'conns', 'req/s', 'atlas ÷ bare', 'p50 ms', 'p99 ms', 'max ms', 'server CPU (cores)', 'MB/s', 'bytes/answer', 'failed', 'goal'], rows),
    '',
    `Largest layer: \`${facts.largestLayer}\`, ${facts.largestLayerFeatures} features, ${Number(facts.largestLayerBytes).toLocaleString('en')} bytes JSON, ${Number(facts.largestLayerGzipBytes).toLocaleString('en')} bytes gzip. ` +
      `Tiles: ${facts.tileRanges} ranges read from basemap.pmtiles's directories with the pmtiles package; 2,000 drawn (seeded, 90 % tiles, 10 % header/directories), mean ${facts.meanRangeBytes} bytes. ` +
      `Search: ${facts.searchQueries} seeded planner queries; ${facts.hostileQueries} hostile ones (longest URL ${facts.hostileMaxUrlBytes} bytes; those over 200 characters answer 400). "failed" counts errors, timeouts and unexpected statuses.`,
  ].join('\n');
}

export function browserMarkdown(result: BrowserBenchResult, machine: string, runs: number): string {
  const m = result.median;
  const rows: Array<Array<string | number>> = [
    ['map `load`', ms(m.load), result.runs.map((r) => Math.round(r.load)).join(', '), '≤ 250 ms', verdict(m.load <= 250)],
    ['map idle with every layer', ms(m.idle), result.runs.map((r) => Math.round(r.idle)).join(', '), '≤ 700 ms', verdict(m.idle <= 700)],
    ['first atlas features drawn', ms(m.firstFeatures), result.runs.map((r) => Math.round(r.firstFeatures)).join(', '), '≤ 1,500 ms', verdict(m.firstFeatures <= 1500)],
    ['longest task while toggling layers', ms(m.maxToggleLongTask), result.runs.map((r) => Math.max(0, ...r.toggleLongTasks)).join(', '), '≤ 50 ms', verdict(m.maxToggleLongTask <= 50)],
    ['… of which our click handlers (Event Timing processing, longest)', ms(m.maxClickProcessing), result.runs.map((r) => Math.max(0, ...r.clickProcessing)).join(', '), '', ''],
    ['… click to next paint (longest)', ms(m.maxClickToPaint), result.runs.map((r) => Math.max(0, ...r.clickToPaint)).join(', '), '', ''],
    [
      'plain repaints with nothing changed that were long tasks (the renderer\'s floor)',
      `${result.runs.reduce((n, r) => n + r.repaintLongTasks.length, 0)} of ${result.runs.length * 10}`,
      result.runs.map((r) => (r.repaintLongTasks.length ? `${r.repaintLongTasks.length}×, ≤ ${Math.max(...r.repaintLongTasks)} ms` : 'none')).join('; '),
      '',
      '',
    ],
    ['React mounted, map constructed', ms(m.mapCreated), result.runs.map((r) => Math.round(r.mapCreated)).join(', '), '', ''],
    ['long tasks during load (count, longest)', '', result.runs.map((r) => `${r.loadLongTasks.length}/${Math.max(0, ...r.loadLongTasks)}`).join(', '), '', ''],
    ['map `load` after navigation start', ms(m.loadFromNavigation), result.runs.map((r) => Math.round(r.fromNavigation.load)).join(', '), '', ''],
    ['JS transferred before `load` (gzip, as served)', kB(result.runs[0]?.jsBytes ?? 0), '', '', ''],
    ['CSP violations', result.violations.length, '', '0', verdict(result.violations.length === 0)],
    ['page errors', result.errors.length, '', '0', verdict(result.errors.length === 0)],
  ];
  return [
    machine,
    '',
    `Headless Chromium (system /usr/bin/chromium, SwiftShader software GL), 1280×800, ${runs} runs in fresh contexts; median. Times after script start (the entry chunk's responseEnd). Toggle: every layer checkbox off and on, waiting for the map to idle after each (${result.runs[0]?.toggles ?? 0} toggles a run).`,
    '',
    table(['measure', 'median', 'each run', 'goal', ''], rows),
    ...(result.violations.length ? ['', 'Violations:', ...result.violations.map((v) => `- \`${v}\``)] : []),
    ...(result.errors.length ? ['', 'Page errors:', ...result.errors.map((v) => `- \`${v.slice(0, 200)}\``)] : []),
  ].join('\n');
}

export function basemapPanMarkdown(results: PanArchiveResult[], machine: string, runs: number): string {
  const rows = results.map((r) => [
    `\`${r.archive}\`: ${r.describe}`,
    kB(r.archiveBytes),
    ms(r.median.panToIdle),
    r.median.fps,
    r.median.longTasks,
    ms(r.median.longTaskMs),
    ms(r.median.longestTask),
    kB(r.median.basemapBytes),
    r.runs.map((x) => `${x.longTasks.length}/${Math.max(0, ...x.longTasks)}`).join(', '),
  ]);
  const errors = [...new Set(results.flatMap((r) => r.runs.flatMap((x) => x.errors)))];
  return [
    machine,
    '',
    `Headless Chromium (SwiftShader software GL), 1280×800, the whole atlas at z${BASEMAP_PAN_DEFAULTS.zoom} near Wuzhen; ${BASEMAP_PAN_DEFAULTS.pans.length} pans of ${BASEMAP_PAN_DEFAULTS.panMs} ms in a widening spiral (600–2,400 px), each waited on until the map is idle; ${runs} runs per archive, alternating, each archive served by its own atlas process. Median over pans (pan → idle) or runs (the rest).`,
    '',
    table(['basemap', 'archive', 'pan → idle', 'frames/s moving', 'long tasks', 'long-task time', 'longest task', 'basemap bytes fetched', 'each run: long tasks/longest ms'], rows),
    ...(errors.length ? ['', 'Page errors:', ...errors.map((v) => `- \`${v.slice(0, 200)}\``)] : []),
  ].join('\n');
}

export function bundleMarkdown(report: BundleReport, machine: string): string {
  const files = report.initial.map((f) => [`\`${f.file}\``, kB(f.bytes), kB(f.gzipBytes)]);
  const packages = report.packages.slice(0, 8).map((p) => [p.name, kB(p.gzipBytes), `${((p.gzipBytes / report.initialGzip) * 100).toFixed(0)} %`]);
  return [
    machine,
    '',
    `Production build (\`web/vite.config.ts\`), gzip -9. Initial = the entry chunk and its static imports (Vite manifest); the test \`scripts/bench/bundle-budget.test.ts\` enforces the budget.`,
    '',
    table(
      ['measure', 'gzip', 'budget', ''],
      [
        ['initial JS', kB(report.initialGzip), kB(BUNDLE_BUDGET.initialJsGzip), verdict(report.initialGzip <= BUNDLE_BUDGET.initialJsGzip)],
        ['… our code', kB(report.ownGzip), kB(BUNDLE_BUDGET.ownCodeGzip), verdict(report.ownGzip <= BUNDLE_BUDGET.ownCodeGzip)],
        ['… vendor', kB(report.vendorGzip), '', ''],
        ['lazy chunks', report.lazy.map((f) => `${f.file.replace('assets/', '')} ${kB(f.gzipBytes)}`).join(', '), '', ''],
        ['map worker (off the main thread)', report.workers.map((f) => kB(f.gzipBytes)).join(', '), '', ''],
      ],
    ),
    '',
    table(['initial file', 'bytes', 'gzip'], files),
    '',
    table(['package (share of initial gzip)', 'gzip', 'share'], packages),
  ].join('\n');
}

export function scaleMarkdown(rows: ScaleRow[], machine: string): string {
  return [
    machine,
    '',
    'Seeded points over the region (`scripts/bench/generate-large-layer.ts`), Chromium as above, one fresh context per line after a warm-up load; "none" is the empty map (the renderer\'s own cost). Parse and hand-off are main-thread milliseconds measured in the page; long tasks are PerformanceObserver \'longtask\' entries while loading and while panning 12 × 300 px then zooming to 12 and back.',
    '',
    table(
      ['points', 'source', 'bytes fetched', 'parse', 'hand-off', 'ready', 'load: longest task', 'load: long-task total', 'pan: longest task', 'pan: tasks > 50 ms'],
      rows.map((r) => [r.count.toLocaleString('en'), r.mode, kB(r.bytes), ms(r.parseMs), ms(r.handOffMs), ms(r.readyMs), ms(r.loadMaxLongTask), ms(r.loadLongTaskTotal), ms(r.panMaxLongTask), r.panLongTasks]),
    ),
  ].join('\n');
}

export function scaleAtlasMarkdown(rows: ScaleAtlasRow[], machine: string): string {
  return [
    machine,
    '',
    `The atlas as \`npm start\` runs it, on the gazetteer plus ${rows.find((r) => r.places > 0)?.places.toLocaleString('en') ?? '?'} seeded sites in the parks layer (\`scripts/bench/scale-atlas-bench.ts\`); "baseline" is the atlas without them. Chromium as above, at \`${SCALE_ATLAS_DEFAULTS.hash}\`; long tasks while loading, then while panning 12 × 300 px and zooming to 13 and back.`,
    '',
    table(
      ['run', 'parks layer as', 'server start', 'parks bytes fetched', 'ready', 'load: longest task', 'load: long-task total', 'pan: longest task', 'pan: tasks > 50 ms', 'pan: long-task total', 'page errors'],
      rows.map((r) => [
        r.delivery === 'baseline' ? 'baseline (112 places)' : `+ ${r.places.toLocaleString('en')} sites`,
        r.delivery === 'baseline' ? 'GeoJSON' : r.delivery === 'vector' ? 'vector tiles (threshold)' : 'GeoJSON (threshold lifted)',
        ms(r.startMs),
        kB(r.bytes),
        ms(r.readyMs),
        ms(r.loadMaxLongTask),
        ms(r.loadLongTaskTotal),
        ms(r.panMaxLongTask),
        r.panLongTasks,
        ms(r.panLongTaskTotal),
        r.errors.length,
      ]),
    ),
  ].join('\n');
}

export function corpusMarkdown(result: CorpusBenchResult, machine: string): string {
  const o = result.settings;
  const n = (v: number) => v.toLocaleString('en');
  const fine = (v: number) => (v < 10 ? v.toFixed(1) : Math.round(v).toLocaleString('en'));
  const starts = result.starts.map((r) => [
    r.server === 'before' ? 'before (full scan, no remembering)' : 'this branch',
    n(r.documents),
    ms(r.spawnToHealthMs),
    ms(r.readyMs),
    ms(r.cpuMs),
    `${r.rssMb} MB`,
    r.documents >= 1000 ? `≤ 10 s: ${verdict(r.spawnToHealthMs <= o.goals.startMs)}` : '',
  ]);
  const search = result.search.map((r) => [
    r.server === 'before' ? 'before' : r.server === 'after' ? 'this branch (answers remembered)' : 'this branch, every answer computed',
    r.mix,
    n(r.reqPerSec),
    r.p50,
    r.p99,
    r.runs.join(', '),
    r.max,
    r.serverCpu,
    r.cpuPerRequestMs,
    r.failed,
    `${r.rssAfterMb} MB (peak ${r.peakRssMb} MB)`,
    `p99 ≤ 20 ms: ${verdict(r.p99 <= o.goals.searchP99Ms)}`,
  ]);
  const adds = result.adds.map((r) => [
    n(r.corpus),
    `${r.document}, ${n(r.characters)} chars, ${n(r.passages)} passages`,
    fine(r.ingestMs),
    fine(r.linkDocumentMs),
    fine(r.linkCorpusMs),
    fine(r.relinkAllMs),
    fine(r.claimsMs),
    fine(r.ingestMs + r.linkDocumentMs + r.claimsMs),
    fine(r.snapshotMs),
  ]);
  return [
    machine,
    '',
    `A seeded corpus (\`scripts/bench/generate-corpus.ts\`, seed ${o.seed}): the five seed documents and ${n(o.count - 5)} generated from their sentences and the gazetteer's names, ${n(result.characters)} characters, ${n(result.passages)} passages, written to a temporary folder. The server is \`node --import tsx api/src/server.ts\` with \`CORPUS_DIR\` on it, in its own process; best of ${o.starts} starts.`,
    '',
    table(['server', 'documents', 'spawn → /api/health 200', 'ready in (loadAtlas + listen)', 'server CPU until then', 'resident after start', 'goal'], starts),
    '',
    `Search: autocannon on 127.0.0.1, ${o.connections} connections, ${o.seconds} s a run, best p99 of ${o.rounds} runs after a 2,000-request warm-up; ${result.queries.planner} seeded planner queries (names, English, Traditional forms, passage fragments, two terms) and ${result.queries.hostile} hostile ones, \`limit=${o.searchLimit}\`.`,
    '',
    table(['server', 'queries', 'req/s', 'p50 ms', 'p99 ms', 'p99 of each run', 'max ms', 'server CPU (cores)', 'server CPU ms an answer', 'failed', 'resident after', 'goal'], search),
    '',
    `Adding one document, in CPU milliseconds of the bench process (median of 3–7 runs, a fresh document each run; the machine is shared, so CPU time, not wall time). "Link it": its own mentions (\`linkDocument\`). "Corpus links": \`linkMentions\` over the corpus with it, the others remembered, overrides and each place's passages included. "Re-link all": every document linked again, as every change did before. "Ready": ingest + link + claims of the new document. "Snapshot": the whole new \`buildAtlas\` with it (search postings, claims attached and sorted, layers) — the part that still grows with the corpus.`,
    '',
    table(['corpus', 'new document', 'ingest', 'link it', 'corpus links', 're-link all (before)', 'its claims', 'ready', 'snapshot'], adds),
  ].join('\n');
}

/** Replaces the block between `<!-- bench:name -->` and `<!-- /bench:name -->` in `file`. */
export function writeBlock(file: string, name: string, markdown: string): void {
  const text = fs.readFileSync(file, 'utf8');
  const open = `<!-- bench:${name} -->`;
  const close = `<!-- /bench:${name} -->`;
  const start = text.indexOf(open);
  const end = text.indexOf(close);
  if (start < 0 || end < start) throw new Error(`${file} has no ${open} … ${close} block`);
  fs.writeFileSync(file, `${text.slice(0, start + open.length)}\n${markdown}\n${text.slice(end)}`);
}
