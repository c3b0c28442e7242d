/**
 * Documents left `processing` by a process that stopped between an upload's 202 and its outcome
 * (kill -9, a crash, a deploy) are processed again from their stored text: once when the server
 * starts, then every RESUME_DEFAULTS.sweepMs, so that on a shared PostgreSQL the processes still
 * running take over what a dead one held without waiting for it to come back. It runs in the
 * background, one document at a time; the storage makes sure only one process takes each
 * (core/db/document-processing.ts).
 */
import type { AtlasStorage } from '../db/atlas-storage';
import { UnavailableError } from '../db/storage-errors';
import type { LiveAtlas } from './live-atlas';
import { processDocument } from './process-document';

export const RESUME_DEFAULTS = {
  /** ms between two looks for documents a stopped process left (the first is at start-up) */
  sweepMs: 60_000,
};

export interface ResumeReport {
  /** processed again and now `ready` */
  ready: string[];
  /** processed again and `failed`, or interrupted too often to try again */
  failed: string[];
  /** taken by another process, or finished meanwhile */
  skipped: string[];
}

/** One look: every document left `processing`, processed again in id order. */
export async function resumeDocuments(storage: AtlasStorage, live: LiveAtlas, by = `process ${process.pid}`): Promise<ResumeReport> {
  const report: ResumeReport = { ready: [], failed: [], skipped: [] };
  for (const id of await storage.documentsToResume()) {
    const decision = await storage.resumeDocument(id, by);
    if (decision === 'skip') {
      report.skipped.push(id);
    } else if (decision === 'failed') {
      report.failed.push(id);
      await live.refresh();
    } else {
      const finished = await processDocument(storage, live, id);
      if (!finished) report.skipped.push(id);
      else (finished.status === 'ready' ? report.ready : report.failed).push(id);
    }
  }
  return report;
}

export interface DocumentResumer {
  /** the look made at start */
  firstPass: Promise<ResumeReport>;
  stop(): void;
}

/** Starts looking: now, then every `sweepMs`, never two looks at once; `log` hears what each look did. */
export function startDocumentResumer(
  storage: AtlasStorage,
  live: LiveAtlas,
  options: Partial<typeof RESUME_DEFAULTS> & { log?: (line: string) => void } = {},
): DocumentResumer {
  const { sweepMs } = { ...RESUME_DEFAULTS, ...options };
  const log = options.log ?? ((line: string) => console.log(line));
  let running: Promise<ResumeReport> | null = null;
  const look = (): Promise<ResumeReport> => {
    running ??= resumeDocuments(storage, live)
      .then((report) => {
        const done = [...report.ready.map((id) => `${id} ready`), ...report.failed.map((id) => `${id} failed`)];
        if (done.length > 0) log(`[atlas] processed again after an interrupted processing: ${done.join(', ')}`);
        return report;
      })
      .catch((error) => {
        // the next look tries again; a database away for a while is one line, not a stack each minute
        if (error instanceof UnavailableError) console.error(`[atlas] looking for documents left processing: ${error.message}`);
        else console.error('[atlas] looking for documents left processing failed:', error);
        return { ready: [], failed: [], skipped: [] };
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const firstPass = look();
  const timer = setInterval(() => void look(), sweepMs);
  timer.unref();
  return { firstPass, stop: () => clearInterval(timer) };
}
