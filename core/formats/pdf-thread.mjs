/**
 * pdf.js in a thread of its own (started by pdf-text-runs.ts). Its legacy build, the one made for
 * Node, installs core-js polyfills as it loads: JSON.stringify, JSON.parse and
 * Array.prototype.push among them, replaced for the whole thread by slower JavaScript. Loaded in
 * the server's thread they made every JSON answer and every push of the atlas several times
 * slower; here they touch only this thread. A hostile PDF's memory stays here too (the thread's
 * resource limits), and a large one is read without holding up the server's event loop.
 *
 * Plain JavaScript: it runs without a TypeScript loader, in the server and under the tests alike.
 *
 * Messages in:  { id, bytes, maxPages, cMapUrl, standardFontDataUrl }  and  { cancel: id }
 * Messages out: { ready: true } once pdf.js is loaded;
 *               { id, pageCount, pages }  pages: each page's text runs { str, x, y, width, size, hasEOL };
 *               { id, failure }  failure: { kind: 'load', name, message } | { kind: 'pages', pageCount } | { kind: 'cancelled' }
 */
import { parentPort } from 'node:worker_threads';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';

// pdf.js runs its own worker code here instead of starting another thread (its "fake worker")
globalThis.pdfjsWorker = pdfWorker;

/** reads under way, and those of them the server has given up on */
const reading = new Set();
const cancelled = new Set();

/** One page's text runs, positioned in PDF user space. */
async function pageRuns(pdf, pageNumber) {
  const page = await pdf.getPage(pageNumber);
  try {
    const content = await page.getTextContent();
    const runs = [];
    for (const item of content.items) {
      if (!('str' in item)) continue;
      runs.push({
        str: item.str,
        x: item.transform[4],
        y: item.transform[5],
        width: item.width,
        size: item.height || Math.hypot(item.transform[0], item.transform[1]),
        hasEOL: item.hasEOL,
      });
    }
    return runs;
  } finally {
    page.cleanup();
  }
}

async function read({ id, bytes, maxPages, cMapUrl, standardFontDataUrl }) {
  const task = getDocument({
    data: bytes,
    verbosity: 0,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    enableXfa: false,
    cMapUrl,
    cMapPacked: true,
    standardFontDataUrl,
  });
  let pdf;
  try {
    pdf = await task.promise;
  } catch (error) {
    await task.destroy();
    return { id, failure: { kind: 'load', name: error?.name ?? 'Error', message: error?.message ?? String(error) } };
  }
  try {
    const pageCount = pdf.numPages;
    if (pageCount > maxPages) return { id, failure: { kind: 'pages', pageCount } };
    const pages = [];
    for (let n = 1; n <= pageCount; n += 1) {
      if (cancelled.has(id)) return { id, failure: { kind: 'cancelled' } };
      pages.push(await pageRuns(pdf, n));
    }
    return { id, pageCount, pages };
  } finally {
    await task.destroy();
  }
}

parentPort.on('message', (message) => {
  if (message.cancel !== undefined) {
    if (reading.has(message.cancel)) cancelled.add(message.cancel);
    return;
  }
  reading.add(message.id);
  read(message)
    .catch((error) => ({ id: message.id, failure: { kind: 'load', name: error?.name ?? 'Error', message: error?.message ?? String(error) } }))
    .then((answer) => {
      reading.delete(message.id);
      cancelled.delete(message.id);
      parentPort.postMessage(answer);
    });
});

parentPort.postMessage({ ready: true });
