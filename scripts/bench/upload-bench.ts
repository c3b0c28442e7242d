/**
 * npx tsx scripts/bench/upload-bench.ts [--chars 200000] — issue 18's figures, through real HTTP
 * against the real app over an embedded database (PGlite in memory, seeded from the committed files):
 *   - a seeded document of about 200,000 characters as .txt, hard-wrapped .docx and typeset .pdf:
 *     POST /api/documents → GET /api/documents/{id} says `ready` (polled every 20 ms);
 *   - an accepted proposal: POST /api/proposals/{id}/accept → the place found by GET /api/search
 *     and drawn in GET /api/layers/venues (the answer is sent after the atlas is rebuilt).
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { defaultCorpusDir } from '../../core/corpus/corpus-paths';
import { preloadUploadReaders } from '../../core/formats/read-upload';
import { makeWrappedDocx, makeWrappedPdf, planText } from '../../core/formats/test/fixtures';
import { openWriteApp } from '../../api/test/support/write-app';
import { longPlan } from './long-plan';
import { machineLine } from './machine';

const { values } = parseArgs({ options: { chars: { type: 'string', default: '200000' } } });
const TARGET_CHARS = Number(values.chars);


const w = await openWriteApp('pglite');
// as api/src/server.ts does once it listens
await preloadUploadReaders();
const server = w.app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const auth = { Authorization: `Bearer ${w.token}` };

async function uploadUntilReady(bytes: Uint8Array, fileName: string): Promise<{ id: string; answered: number; ready: number; passages: number }> {
  const form = new FormData();
  form.append('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), fileName);
  const started = performance.now();
  const res = await fetch(`${base}/api/documents`, { method: 'POST', headers: auth, body: form });
  const answered = performance.now() - started;
  if (res.status !== 202) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  for (;;) {
    const document = (await (await fetch(`${base}/api/documents/${id}`)).json()) as { status: string; passageCount: number; error: unknown };
    if (document.status === 'failed') throw new Error(`${id} failed: ${JSON.stringify(document.error)}`);
    if (document.status === 'ready') return { id, answered, ready: performance.now() - started, passages: document.passageCount };
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const rows: string[] = [];
try {
  // always the committed corpus, whatever CORPUS_DIR says
  const plan = longPlan({ targetChars: TARGET_CHARS, title: '乌镇全域发展规划汇编（上传基准文本）', corpusDir: defaultCorpusDir({}) });
  const text = planText({ ...plan, title: `${plan.title}（txt）` });
  const uploads: [string, Uint8Array, string][] = [
    ['.txt', new TextEncoder().encode(text), 'plan.txt'],
    ['.docx, hard-wrapped', await makeWrappedDocx({ ...plan, title: `${plan.title}（docx）` }, { width: 30, indent: true }), 'plan.docx'],
    ['.pdf, typeset', await makeWrappedPdf({ ...plan, title: `${plan.title}（pdf）` }), 'plan.pdf'],
  ];
  for (const [name, bytes, fileName] of uploads) {
    const r = await uploadUntilReady(bytes, fileName);
    rows.push(`| ${name}: ${text.length.toLocaleString('en')} characters, ${(bytes.byteLength / 1024).toFixed(0)} KiB | 202 in ${r.answered.toFixed(0)} ms | ready in ${r.ready.toFixed(0)} ms (${r.passages} passages) |`);
  }

  const note = await uploadUntilReady(new TextEncoder().encode('乌镇云舟宾客中心建成开放\n\n乌镇云舟宾客中心位于乌镇，紧邻京杭大运河。\n'), 'note.txt');
  const proposals = (await (await fetch(`${base}/api/proposals?documentId=${note.id}`)).json()) as { id: string; name: string }[];
  const proposal = proposals.find((p) => p.name === '乌镇云舟宾客中心');
  if (!proposal) throw new Error(`no proposal: ${JSON.stringify(proposals)}`);
  const started = performance.now();
  const accepted = await fetch(`${base}/api/proposals/${proposal.id}/accept`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [120.4862, 30.7448] },
      properties: { layer: 'venues', category: 'visitor centre', status: 'existing', precision: 'approximate' },
    }),
  });
  const answered = performance.now() - started;
  if (accepted.status !== 201) throw new Error(`accept answered ${accepted.status}: ${await accepted.text()}`);
  const { id: placeId } = (await accepted.json()) as { id: string };
  const inSearch = (await (await fetch(`${base}/api/search?q=${encodeURIComponent('云舟宾客中心')}`)).text()).includes(placeId);
  const onMap = (await (await fetch(`${base}/api/layers/venues`)).text()).includes(placeId);
  const visible = performance.now() - started;
  if (!inSearch || !onMap) throw new Error(`accepted place not visible (search ${inSearch}, map ${onMap})`);
  rows.push(`| accepted proposal (${w.live.current().documents.length} documents in the atlas) | 201 in ${answered.toFixed(0)} ms | in search and on the map ${visible.toFixed(0)} ms after the request |`);
} finally {
  server.close();
  await w.close();
}

console.log(machineLine());
console.log('');
console.log('| upload (real HTTP, PGlite in memory) | answer | visible |');
console.log('| --- | ---: | ---: |');
for (const row of rows) console.log(row);
