import { describe, expect, it } from 'vitest';
import type { AtlasStore } from './atlas-store';
import { fixedSource, perSnapshot, replaceableSource } from './atlas-source';

const snapshot = (n: number) => ({ features: new Array(n) }) as unknown as AtlasStore;

describe('atlas sources', () => {
  it('serve the replaced snapshot and tell every listener until it unsubscribes', () => {
    const first = snapshot(1);
    const second = snapshot(2);
    const source = replaceableSource(first);
    const seen: AtlasStore[] = [];
    const stop = source.onChange((store) => seen.push(store));
    expect(source.current()).toBe(first);
    source.replace(second);
    expect(source.current()).toBe(second);
    stop();
    source.replace(first);
    expect(seen).toEqual([second]);
  });

  it('derive a value once per snapshot, and anew after a change', () => {
    const source = replaceableSource(snapshot(1));
    let builds = 0;
    const count = perSnapshot(source, (store) => (builds++, store.features.length));
    expect([count(), count()]).toEqual([1, 1]);
    source.replace(snapshot(3));
    expect(count()).toBe(3);
    expect(builds).toBe(2);
  });

  it('a fixed source never changes', () => {
    const store = snapshot(1);
    const source = fixedSource(store);
    source.onChange(() => {
      throw new Error('never called');
    })();
    expect(source.current()).toBe(store);
  });
});
