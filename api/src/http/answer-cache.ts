/**
 * Serialised answers of a query route, remembered per atlas snapshot: planners repeat queries (the
 * same name typed by several people, a search box asked again on every keystroke that lands on the
 * same text), and at 1,000 documents a remembered answer costs a lookup where a new one costs
 * about half a millisecond of search and serialising. A new
 * snapshot (any write) starts an empty cache, so an answer is never older than the atlas it
 * came from. Bounded by entries and bytes; the least recently used answer goes first.
 */
import type { AtlasSource } from '../../../core/store/atlas-source';
import type { AtlasStore } from '../../../core/store/atlas-store';
import { prepareJsonText, type PreparedBody } from './prepared-body';

export interface AnswerCacheLimits {
  maxEntries: number;
  maxBytes: number;
}

export const DEFAULT_ANSWER_CACHE: AnswerCacheLimits = { maxEntries: 2_000, maxBytes: 32 * 1024 * 1024 };

export class AnswerCache {
  private store: AtlasStore | null = null;
  private readonly answers = new Map<string, PreparedBody>();
  private bytes = 0;

  private readonly limits: AnswerCacheLimits;

  constructor(
    private readonly source: AtlasSource,
    limits: Partial<AnswerCacheLimits> = {},
  ) {
    this.limits = { ...DEFAULT_ANSWER_CACHE, ...limits };
  }

  /**
   * The answer for `key` in the current snapshot, made by `answer` (given that snapshot, it
   * returns the answer's JSON text) when not remembered. Send it with `sendPrepared`.
   */
  get(key: string, answer: (store: AtlasStore) => string): PreparedBody {
    const store = this.source.current();
    if (store !== this.store) {
      this.store = store;
      this.answers.clear();
      this.bytes = 0;
    }
    const known = this.answers.get(key);
    if (known) {
      // most recently used goes last
      this.answers.delete(key);
      this.answers.set(key, known);
      return known;
    }
    const fresh = prepareJsonText(answer(store));
    const size = fresh.identity.length;
    if (this.limits.maxEntries > 0 && size <= this.limits.maxBytes) {
      this.answers.set(key, fresh);
      this.bytes += size;
      for (const [oldest, value] of this.answers) {
        if (this.answers.size <= this.limits.maxEntries && this.bytes <= this.limits.maxBytes) break;
        this.answers.delete(oldest);
        this.bytes -= value.identity.length;
      }
    }
    return fresh;
  }

  /** entries and bytes held (for tests and the health of the process) */
  get size(): { entries: number; bytes: number } {
    return { entries: this.answers.size, bytes: this.bytes };
  }
}
