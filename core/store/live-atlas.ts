/**
 * The in-memory atlas that follows the database: reads are served from `current`; after a write
 * (here or in another process) `refresh` rebuilds it and swaps it in whole, so a read sees the
 * old atlas or the new one, never half of each. Rebuilds never overlap; calls that arrive during
 * one share the next.
 */
import type { AtlasSource } from './atlas-source';
import type { AtlasStore } from './atlas-store';
import type { UploadedDocumentCache } from './uploaded-documents';

/** What a live atlas over a database knows of uploaded documents. */
export interface LiveUploads {
  /** ingested uploaded documents; the processing step leaves its ingestion here */
  uploads: UploadedDocumentCache;
  /** the lowest number an uploaded document may take: one past the corpus folder's highest */
  nextDocumentNumber: number;
}

export class LiveAtlas implements AtlasSource {
  private store: AtlasStore;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  /** the revision the queued rebuild must reach (Infinity: a caller wants a read after its call) */
  private queuedNeed = 0;
  private readonly swapListeners = new Set<(store: AtlasStore) => void>();

  constructor(
    initial: AtlasStore,
    /** builds the atlas from the current database state; null for a fixed atlas (files, tests) */
    private readonly rebuild: (() => Promise<AtlasStore>) | null = null,
    /** set when the atlas is built from a database that takes uploads */
    readonly documents: LiveUploads | null = null,
  ) {
    this.store = initial;
  }

  current(): AtlasStore {
    return this.store;
  }

  /** the database revision the current atlas shows (0 when not built from a database) */
  get revision(): number {
    return this.store.revision ?? 0;
  }

  /** Resolves once the atlas shows at least revision `atLeast` (or, without it, a state read after this call). */
  refresh(atLeast?: number): Promise<void> {
    if (!this.rebuild || (atLeast !== undefined && this.revision >= atLeast)) return Promise.resolve();
    // every caller that joins the queued rebuild raises what it must show; without a revision, a fresh read is owed
    this.queuedNeed = Math.max(this.queuedNeed, atLeast ?? Number.POSITIVE_INFINITY);
    if (this.queued) return this.queued;
    if (!this.running) {
      this.queuedNeed = 0;
      return this.start();
    }
    // the running rebuild may have read the state before the write we are told about
    this.queued = this.running
      .catch(() => {})
      .then(() => {
        const need = this.queuedNeed;
        this.queued = null;
        this.queuedNeed = 0;
        return this.revision >= need ? undefined : this.start();
      });
    return this.queued;
  }

  onChange(listener: (store: AtlasStore) => void): () => void {
    this.swapListeners.add(listener);
    return () => this.swapListeners.delete(listener);
  }

  private start(): Promise<void> {
    this.running = (async () => {
      const next = await this.rebuild!();
      // an older state never replaces a newer one
      if ((next.revision ?? 0) < this.revision) return;
      this.store = next;
      for (const listener of this.swapListeners) listener(next);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
