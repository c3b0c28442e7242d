import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PDF_THREAD, readPdfTextRuns, stopPdfThread } from './pdf-text-runs';
import { UnreadableFileError } from './upload-errors';
import { makePdfLines, makeWrappedPdf, readPlan } from './test/fixtures';

const run = promisify(execFile);

describe('readPdfTextRuns (pdf.js in its own thread)', () => {
  it('leaves the server thread’s JSON and Array.prototype.push as they were: pdf.js’s polyfills stay in its thread', async () => {
    const script = path.join(import.meta.dirname, 'test/builtins-after-pdf.ts');
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script], { cwd: path.resolve(import.meta.dirname, '../..') });
    expect(JSON.parse(stdout)).toEqual({ format: 'pdf', pageCount: 1, replaced: [] });
  }, 60_000);

  it('reads every page’s runs, and serves several reads at once', async () => {
    const [one, plan] = await Promise.all([readPdfTextRuns(await makePdfLines(['乌镇', '桐乡']), 500), readPdfTextRuns(await makeWrappedPdf(readPlan(), { size: 16, indentEms: 2, pageNumbers: true }), 500)]);
    expect(one.pageCount).toBe(1);
    expect(one.pages[0].map((run) => run.str).filter((s) => s.trim())).toEqual(['乌镇', '桐乡']);
    expect(plan.pageCount).toBe(2);
    expect(plan.pages).toHaveLength(2);
  });

  it('fails the reads of a thread that runs out of its memory, and starts a new one for the next read', async () => {
    const bytes = await makePdfLines(['乌镇']);
    const limit = PDF_THREAD.maxOldGenerationMb;
    await stopPdfThread();
    PDF_THREAD.maxOldGenerationMb = 2; // too little even to load pdf.js
    try {
      const error = await readPdfTextRuns(bytes, 500).catch((thrown: unknown) => thrown);
      expect(error).toBeInstanceOf(UnreadableFileError);
      expect((error as Error).message).toMatch(/its reader (stopped|failed)/);
    } finally {
      PDF_THREAD.maxOldGenerationMb = limit;
    }
    expect((await readPdfTextRuns(bytes, 500)).pageCount).toBe(1);
  });

  it('gives up a read when its signal aborts, and reads the next one', async () => {
    const bytes = await makePdfLines(['乌镇']);
    const controller = new AbortController();
    const cancelled = readPdfTextRuns(bytes, 500, controller.signal);
    controller.abort();
    await expect(cancelled).rejects.toThrow(/abort/i);
    expect((await readPdfTextRuns(bytes, 500)).pageCount).toBe(1);
  });
});
