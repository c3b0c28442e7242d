import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { deserializeDirectory, DirectoryError, layoutDirectories, serializeDirectory, type Entry } from './directory';

const gzip = (b: Uint8Array) => new Uint8Array(gzipSync(b));

describe('directory', () => {
  it('round-trips entries, including runs, contiguous and backward offsets', () => {
    const entries: Entry[] = [
      { tileId: 0, offset: 0, length: 10, runLength: 1 },
      { tileId: 1, offset: 10, length: 20, runLength: 3 },
      { tileId: 4, offset: 0, length: 10, runLength: 1 },
      { tileId: 900, offset: 30, length: 5, runLength: 1 },
      { tileId: 2 ** 40, offset: 2 ** 34, length: 7, runLength: 1 },
    ];
    const bytes = serializeDirectory(entries);
    expect(deserializeDirectory(bytes)).toEqual(entries);
  });

  it('writes offset 0 for a blob that follows the previous one', () => {
    const bytes = serializeDirectory([
      { tileId: 5, offset: 0, length: 3, runLength: 1 },
      { tileId: 6, offset: 3, length: 4, runLength: 1 },
    ]);
    // count, 2 id deltas, 2 run lengths, 2 lengths, offsets 0+1 and "contiguous" 0
    expect([...bytes]).toEqual([2, 5, 1, 1, 1, 3, 4, 1, 0]);
  });

  it('round-trips an empty directory and rejects unsorted entries', () => {
    expect(deserializeDirectory(serializeDirectory([]))).toEqual([]);
    expect(() =>
      serializeDirectory([
        { tileId: 3, offset: 0, length: 1, runLength: 1 },
        { tileId: 3, offset: 1, length: 1, runLength: 1 },
      ]),
    ).toThrow(DirectoryError);
  });

  it('keeps a small index in the root and splits a large one into leaves', () => {
    const small: Entry[] = [{ tileId: 0, offset: 0, length: 1, runLength: 1 }];
    expect(layoutDirectories(small, gzip, 16_000).leafCount).toBe(0);

    // irregular lengths so the columns do not compress away
    const many: Entry[] = [];
    let offset = 0;
    for (let i = 0; i < 60_000; i++) {
      const length = 50 + ((i * 7919) % 9973);
      many.push({ tileId: i * 3, offset, length, runLength: 1 });
      offset += length;
    }
    const layout = layoutDirectories(many, gzip, 16_384 - 127);
    expect(layout.leafCount).toBeGreaterThan(1);
    expect(layout.root.length).toBeLessThanOrEqual(16_384 - 127);
    const root = deserializeDirectory(new Uint8Array(gunzipSync(layout.root)));
    expect(root.every((e) => e.runLength === 0)).toBe(true);
    const back = root.flatMap((leaf) =>
      deserializeDirectory(new Uint8Array(gunzipSync(layout.leaves.subarray(leaf.offset, leaf.offset + leaf.length)))),
    );
    expect(back).toEqual(many);
  });
});
