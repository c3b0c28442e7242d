/**
 * How long reading an uploaded document takes (core/formats readUpload), and then ingesting the
 * text it gives: a seeded 200,000-character Chinese document as a hard-wrapped .docx (one Word
 * paragraph per line), as an ordinary .docx, and as a typeset PDF (12 pt, A4). The text is the
 * corpus's own paragraphs, cleaned, drawn in a seeded order until the document is long enough.
 *
 *   npx tsx scripts/bench/format-read-bench.ts [--chars 200000] [--runs 3]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ingestDocument } from '../../core/corpus/ingest-document';
import { longPlan } from './long-plan';
import { readUpload } from '../../core/formats/read-upload';
import { makeWrappedDocx, makeWrappedPdf } from '../../core/formats/test/fixtures';
import { machineLine } from './machine';

const { values } = parseArgs({ options: { chars: { type: 'string', default: '200000' }, runs: { type: 'string', default: '3' } } });
const TARGET_CHARS = Number(values.chars);
const RUNS = Number(values.runs);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

async function measure(name: string, bytes: Uint8Array, fileName: string) {
  const times: number[] = [];
  let read: Awaited<ReturnType<typeof readUpload>> | null = null;
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    read = await readUpload({ bytes, fileName });
    times.push(performance.now() - start);
  }
  const text = (read as NonNullable<typeof read>).text;
  const start = performance.now();
  const ingested = ingestDocument('900_bench.txt', text, {});
  const ingestMs = performance.now() - start;
  return {
    name,
    bytes: bytes.byteLength,
    pages: read?.pageCount ?? '',
    first: times[0] as number,
    median: median(times),
    ingestMs,
    chars: ingested.report.outputChars,
    passages: ingested.document.passages.length,
    wrapped: read?.hardWrapped ? 'yes' : 'no',
  };
}

const plan = longPlan({ targetChars: TARGET_CHARS, title: '乌镇全域发展规划汇编（基准测试文本）' });
const planChars = plan.sections.flatMap((s) => s.paragraphs).join('').length;
console.log(machineLine());
console.log(`\nDocument: ${planChars.toLocaleString('en')} characters of paragraphs, ${plan.sections.length} headings; ${RUNS} reads each.\n`);

let start = performance.now();
const wrappedDocx = await makeWrappedDocx(plan, { width: 60, indent: true });
const plainDocx = await makeWrappedDocx(plan, { width: 1e9, indent: false });
const pdf = await makeWrappedPdf(plan, { size: 12, indentEms: 2, pageNumbers: true });
console.log(`(fixtures made in ${Math.round(performance.now() - start)} ms)\n`);

const rows = [
  await measure('.docx, hard-wrapped (one paragraph per line)', wrappedDocx, 'bench.docx'),
  await measure('.docx, one paragraph per paragraph', plainDocx, 'bench.docx'),
  await measure('.pdf, typeset 12 pt A4', pdf, 'bench.pdf'),
];
start = performance.now();

const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
console.log('| file | size | pages | read (first) | read (median) | then ingest | passage chars | passages | regrouped wraps | read + ingest ≤ 10 s |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const row of rows) {
  const ok = row.median + row.ingestMs <= 10_000 ? 'met' : '**not met**';
  console.log(
    `| ${row.name} | ${(row.bytes / 1024).toFixed(0)} KB | ${row.pages} | ${ms(row.first)} | ${ms(row.median)} | ${ms(row.ingestMs)} | ${row.chars.toLocaleString('en')} | ${row.passages} | ${row.wrapped} | ${ok} |`,
  );
}
