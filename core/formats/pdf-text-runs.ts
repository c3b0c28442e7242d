/**
 * The text runs of a PDF's pages, read by pdf.js in its own thread (pdf-thread.mjs says why: its
 * polyfills must not replace this thread's JSON and Array.prototype.push). One thread serves every
 * read, started on first use or by `preloadPdfThread`; it keeps the process alive only while a read
 * is under way. A thread that dies (out of its memory limit, say) fails the reads it held and is
 * started again for the next one.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { PdfTextRun } from './pdf-layout';
import { TooManyPagesError, UnreadableFileError } from './upload-errors';

export const PDF_THREAD = {
  /** heap of the reading thread, MB: a PDF that needs more is refused, the server lives on */
  maxOldGenerationMb: 768,
};

export interface PdfTextRuns {
  pageCount: number;
  /** each page's runs, in the order pdf.js gives them */
  pages: PdfTextRun[][];
}

type Failure = { kind: 'load'; name: string; message: string } | { kind: 'pages'; pageCount: number } | { kind: 'cancelled' };
type Answer = { ready: true } | { id: number; pageCount: number; pages: PdfTextRun[][] } | { id: number; failure: Failure };

interface Pending {
  resolve(runs: PdfTextRuns): void;
  reject(error: unknown): void;
  maxPages: number;
}

const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

class PdfThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** resolves once pdf.js is loaded in the thread */
  readonly ready: Promise<void>;

  constructor(private readonly onExit: () => void) {
    this.worker = new Worker(new URL('./pdf-thread.mjs', import.meta.url), {
      // no TypeScript loader: the thread runs plain JavaScript
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: PDF_THREAD.maxOldGenerationMb },
    });
    this.worker.unref();
    this.ready = new Promise((resolve, reject) => {
      this.worker.on('message', (answer: Answer) => {
        if ('ready' in answer) resolve();
        else this.settle(answer);
      });
      this.worker.once('error', (error) => {
        reject(error);
        this.failAll(error);
      });
      this.worker.once('exit', (code) => {
        const error = new UnreadableFileError('PDF', `its reader stopped (exit code ${code}), most likely out of memory`);
        reject(error);
        this.failAll(error);
      });
    });
    // a thread that cannot start fails its reads; nobody need wait on `ready` itself
    this.ready.catch(() => undefined);
  }

  read(bytes: Uint8Array, maxPages: number, signal?: AbortSignal): Promise<PdfTextRuns> {
    signal?.throwIfAborted();
    const id = this.nextId++;
    return new Promise<PdfTextRuns>((resolve, reject) => {
      const onAbort = () => {
        if (!this.pending.delete(id)) return;
        this.worker.postMessage({ cancel: id });
        this.idle();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const done = () => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        resolve: (runs) => (done(), resolve(runs)),
        reject: (error) => (done(), reject(error)),
        maxPages,
      });
      this.worker.ref();
      // pdf.js takes ownership of (detaches) the buffer it is given: the thread gets a copy
      const copy = new Uint8Array(bytes);
      this.worker.postMessage(
        { id, bytes: copy, maxPages, cMapUrl: `${PDFJS_DIR}/cmaps/`, standardFontDataUrl: `${PDFJS_DIR}/standard_fonts/` },
        [copy.buffer],
      );
    });
  }

  private settle(answer: Exclude<Answer, { ready: true }>): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return; // cancelled meanwhile
    this.pending.delete(answer.id);
    this.idle();
    if (!('failure' in answer)) waiting.resolve({ pageCount: answer.pageCount, pages: answer.pages });
    else if (answer.failure.kind === 'pages') waiting.reject(new TooManyPagesError(answer.failure.pageCount, waiting.maxPages));
    else if (answer.failure.kind === 'load') waiting.reject(loadError(answer.failure));
    // 'cancelled' answers a read already rejected by its signal
  }

  /** Ends the thread; reads under way fail. */
  async stop(): Promise<void> {
    await this.worker.terminate();
  }

  private idle(): void {
    if (this.pending.size === 0) this.worker.unref();
  }

  private failAll(error: unknown): void {
    this.onExit();
    const reason = error instanceof UnreadableFileError ? error : new UnreadableFileError('PDF', `its reader failed (${(error as Error)?.message ?? String(error)})`);
    for (const waiting of this.pending.values()) waiting.reject(reason);
    this.pending.clear();
  }
}

function loadError(failure: { name: string; message: string }): UnreadableFileError {
  if (failure.name === 'PasswordException') return new UnreadableFileError('PDF', 'it is protected by a password');
  if (failure.name === 'InvalidPDFException') return new UnreadableFileError('PDF', 'it is damaged or not a PDF');
  return new UnreadableFileError('PDF', `pdf.js could not open it (${failure.message})`);
}

let thread: PdfThread | null = null;

function currentThread(): PdfThread {
  if (!thread) {
    const started: PdfThread = new PdfThread(() => {
      if (thread === started) thread = null;
    });
    thread = started;
  }
  return thread;
}

/**
 * Starts the reading thread and waits for pdf.js to load in it (about 0.8 s), so that the first
 * upload does not wait for it. The server calls this once it listens.
 */
export function preloadPdfThread(): Promise<void> {
  return currentThread().ready;
}

/** Every page's text runs; TooManyPagesError before any page is read when there are more than `maxPages`. */
export function readPdfTextRuns(bytes: Uint8Array, maxPages: number, signal?: AbortSignal): Promise<PdfTextRuns> {
  return currentThread().read(bytes, maxPages, signal);
}

/** Ends the reading thread (reads under way fail); the next read starts another. */
export async function stopPdfThread(): Promise<void> {
  const running = thread;
  thread = null;
  await running?.stop();
}
