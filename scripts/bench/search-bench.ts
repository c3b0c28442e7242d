/**
 * Search micro-benchmark: 2,000 seeded queries straight against the in-memory index (no HTTP),
 * of the kinds planners and attackers type. Prints p50/p90/p99/max per kind and overall.
 *   npx tsx scripts/bench/search-bench.ts [--queries 2000] [--seed 6]
 */
import { configFromEnv } from '../../api/src/config';
import { pinyinName } from '../../core/search/pinyin-names';
import { loadAtlas } from '../../core/load-atlas';
import { traditionalVariants } from '../../core/text/script-convert';
import { seededRandom } from '../../core/testing/seeded-random';

const OPTIONS = {
  /** queries timed */
  queries: Number(argument('--queries') ?? 2000),
  /** seed of the query generator: the same seed gives the same queries */
  seed: Number(argument('--seed') ?? 6),
  /** untimed queries first, so the JIT has settled */
  warmup: 200,
  /** results per group, as the web app asks */
  limit: 20,
};

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const started = performance.now();
const store = loadAtlas(configFromEnv());
const loadMs = performance.now() - started;
const rand = seededRandom(OPTIONS.seed);
const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)];
const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));

const names = store.features.flatMap((f) => [f.properties.name_zh, ...f.properties.aliases]);
const texts = store.documents.flatMap((d) => d.passages.map((p) => p.text)).filter((t) => t.length > 12);
const englishWords = store.features.flatMap((f) => f.properties.name_en.split(/[^A-Za-z]+/)).filter((w) => w.length > 2);
const readings = names.map(pinyinName).filter((r) => r !== null);
const hostileAlphabet = ['.*', '(', ')', '[', ']', '\\', '$', '^', '|', '?', '+', '{2,}', '😀', '🙃', '\ud800', '\udfff', '\u0000', '乌', '镇', 'a', ' ', '%', '\u200b'];

const KINDS: Record<string, () => string> = {
  'name (Simplified or Traditional)': () => {
    const name = pick(names);
    return rand() < 0.3 ? (traditionalVariants(name)[0] ?? name) : name;
  },
  'passage substring (2–12 chars)': () => {
    const text = pick(texts);
    const length = int(2, 12);
    const start = int(0, text.length - length);
    return text.slice(start, start + length);
  },
  'pinyin (joined, spaced, typed prefix)': () => {
    const reading = pick(readings);
    const syllables = reading.syllables.filter(Boolean);
    const form = rand();
    if (form < 0.4) return reading.joined;
    if (form < 0.7) return syllables.join(' ');
    return reading.joined.slice(0, int(2, reading.joined.length));
  },
  'English words': () => Array.from({ length: int(1, 3) }, () => pick(englishWords)).join(' '),
  'several terms': () => Array.from({ length: int(2, 4) }, () => pick(names).slice(0, int(2, 4))).join(' '),
  'hostile (≤ 200 chars)': () => {
    const length = rand() < 0.5 ? 200 : int(1, 60);
    let query = '';
    while (query.length < length) query += pick(hostileAlphabet);
    return query.slice(0, 200);
  },
};

const kinds = Object.keys(KINDS);
const queries = Array.from({ length: OPTIONS.queries + OPTIONS.warmup }, () => {
  const kind = pick(kinds);
  return { kind, query: KINDS[kind]() };
});

for (const { query } of queries.slice(0, OPTIONS.warmup)) store.search.search(query, OPTIONS.limit);
const timings = new Map<string, number[]>(kinds.map((kind) => [kind, []]));
const all: number[] = [];
let results = 0;
for (const { kind, query } of queries.slice(OPTIONS.warmup)) {
  const t0 = performance.now();
  const found = store.search.search(query, OPTIONS.limit);
  const ms = performance.now() - t0;
  results += found.features.length + found.passages.length;
  timings.get(kind)!.push(ms);
  all.push(ms);
}

function quantile(sorted: number[], q: number): number {
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}
const row = (label: string, values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const cells = [0.5, 0.9, 0.99].map((q) => quantile(sorted, q).toFixed(3).padStart(8));
  return `${label.padEnd(38)} ${String(values.length).padStart(6)} ${cells.join(' ')} ${sorted.at(-1)!.toFixed(3).padStart(8)}`;
};

console.log(`search micro-benchmark: ${OPTIONS.queries} queries (seed ${OPTIONS.seed}, limit ${OPTIONS.limit}), store built in ${loadMs.toFixed(0)} ms, ${results} results`);
console.log(`${'kind'.padEnd(38)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p90 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`);
for (const kind of kinds) console.log(row(kind, timings.get(kind)!));
console.log(row('all', all));
