import { describe, expect, it } from 'vitest';
import { replaceableSource } from '../../../core/store/atlas-source';
import type { AtlasStore } from '../../../core/store/atlas-store';
import { AnswerCache } from './answer-cache';

const snapshot = (revision: number) => ({ revision }) as AtlasStore;

describe('AnswerCache', () => {
  it('computes an answer once per snapshot, and again after the atlas changed', () => {
    const source = replaceableSource(snapshot(1));
    const cache = new AnswerCache(source);
    let computed = 0;
    const answer = (store: AtlasStore) => JSON.stringify({ revision: store.revision, n: (computed += 1) });
    const first = cache.get('q', answer);
    expect(cache.get('q', answer)).toBe(first);
    expect(computed).toBe(1);
    expect(JSON.parse(first.identity.toString())).toEqual({ revision: 1, n: 1 });

    source.replace(snapshot(2));
    const after = cache.get('q', answer);
    expect(JSON.parse(after.identity.toString())).toEqual({ revision: 2, n: 2 });
    expect(after.etag).not.toBe(first.etag);
  });

  it('forgets the least recently used answer first, within its entry and byte bounds', () => {
    const cache = new AnswerCache(replaceableSource(snapshot(1)), { maxEntries: 2, maxBytes: 1_000 });
    const text = (key: string) => () => JSON.stringify(key);
    cache.get('a', text('a'));
    cache.get('b', text('b'));
    cache.get('a', text('a')); // a is now the most recent
    cache.get('c', text('c')); // b goes
    expect(cache.size.entries).toBe(2);
    let recomputed = false;
    cache.get('b', () => ((recomputed = true), '"b"'));
    expect(recomputed).toBe(true);

    const small = new AnswerCache(replaceableSource(snapshot(1)), { maxEntries: 100, maxBytes: 50 });
    for (const key of ['x', 'y', 'z']) small.get(key, () => JSON.stringify(key.repeat(20)));
    expect(small.size.bytes).toBeLessThanOrEqual(50);
    // an answer larger than the whole budget is answered but not kept
    const huge = small.get('huge', () => JSON.stringify('h'.repeat(100)));
    expect(huge.identity.length).toBe(102);
    expect(small.size.bytes).toBeLessThanOrEqual(50);
  });
});

describe('AnswerCache with no entries', () => {
  it('computes every answer and keeps none', () => {
    const cache = new AnswerCache(replaceableSource(snapshot(1)), { maxEntries: 0 });
    let computed = 0;
    cache.get('q', () => String((computed += 1)));
    cache.get('q', () => String((computed += 1)));
    expect(computed).toBe(2);
    expect(cache.size).toEqual({ entries: 0, bytes: 0 });
  });
});
