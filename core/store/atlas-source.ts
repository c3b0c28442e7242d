/**
 * The atlas behind a small read interface, after PMTiles' two-method `Source`: `current()` gives
 * the atlas as it stands (an immutable snapshot, replaced whole on every change, never mutated),
 * and `onChange` tells who serves it that a new one is in place: a write here, or in another
 * process sharing the database. Routes read `current()` per request, so a second implementation
 * (files, the embedded database, PostgreSQL) fits without touching them.
 */
import { memoByObject } from '../memo-by-object';
import type { AtlasStore } from './atlas-store';

export interface AtlasSource {
  current(): AtlasStore;
  /** called with each new snapshot; returns the unsubscribe function */
  onChange(listener: (store: AtlasStore) => void): () => void;
}

/** A source whose snapshot is replaced by its owner (the storage layer after a write). */
export interface ReplaceableSource extends AtlasSource {
  replace(store: AtlasStore): void;
}

export function replaceableSource(initial: AtlasStore): ReplaceableSource {
  let store = initial;
  const listeners = new Set<(store: AtlasStore) => void>();
  return {
    current: () => store,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    replace(next) {
      store = next;
      for (const listener of listeners) listener(next);
    },
  };
}

/** A source that never changes: the atlas loaded once from the committed files. */
export function fixedSource(store: AtlasStore): AtlasSource {
  return { current: () => store, onChange: () => () => undefined };
}

/**
 * A value derived from the current snapshot (a prepared response body, say), built at most once
 * per snapshot and dropped with it.
 */
export function perSnapshot<T>(source: AtlasSource, derive: (store: AtlasStore) => T): () => T {
  const built = memoByObject(derive);
  return () => built(source.current());
}
