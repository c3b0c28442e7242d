/**
 * PMTiles v3 directories: columnar lists of entries (tile id deltas, run lengths, lengths,
 * offsets), each column varint-coded, the whole then compressed by the archive's internal
 * compression. Large indexes are split into leaf directories listed by the root.
 */
import { readVarint, writeVarint } from './varint';

/** One directory entry: a run of `runLength` tiles sharing one blob, or (runLength 0) a leaf directory. */
export interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

export class DirectoryError extends Error {
  constructor(
    message: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'DirectoryError';
  }
}

/** Uncompressed bytes of one directory. Entries must be sorted by ascending tile id. */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const [i, e] of entries.entries()) {
    if (i > 0 && e.tileId <= lastId) {
      throw new DirectoryError(`entries must ascend: tile id ${e.tileId} follows ${lastId}`, e);
    }
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  for (const [i, e] of entries.entries()) {
    const prev = entries[i - 1];
    // 0 means "right after the previous blob": clustered archives are mostly zeros
    if (i > 0 && e.offset === prev.offset + prev.length) writeVarint(out, 0);
    else writeVarint(out, e.offset + 1);
  }
  return new Uint8Array(out);
}

/** The inverse of serializeDirectory (used by tests and tools; the web reads with the pmtiles package). */
export function deserializeDirectory(bytes: Uint8Array): Entry[] {
  const cursor = { bytes, pos: 0 };
  const n = readVarint(cursor);
  const entries: Entry[] = [];
  let lastId = 0;
  for (let i = 0; i < n; i++) {
    lastId += readVarint(cursor);
    entries.push({ tileId: lastId, offset: 0, length: 0, runLength: 0 });
  }
  for (const e of entries) e.runLength = readVarint(cursor);
  for (const e of entries) e.length = readVarint(cursor);
  for (const [i, e] of entries.entries()) {
    const v = readVarint(cursor);
    if (v === 0 && i > 0) e.offset = entries[i - 1].offset + entries[i - 1].length;
    else if (v === 0) throw new DirectoryError('the first entry cannot continue a previous blob', e);
    else e.offset = v - 1;
  }
  if (cursor.pos !== bytes.length) {
    throw new DirectoryError(`${bytes.length - cursor.pos} trailing bytes after ${n} entries`, cursor.pos);
  }
  return entries;
}

export interface DirectoryLayout {
  /** compressed root directory */
  root: Uint8Array;
  /** all compressed leaf directories, back to back; root entries point into this section */
  leaves: Uint8Array;
  leafCount: number;
  /** entries per leaf directory, 0 when the root holds every entry */
  leafSize: number;
}

/**
 * Fit the entries into a root of at most `maxRootBytes` compressed bytes, splitting them into
 * leaf directories when they do not fit. The leaf size starts at `initialLeafSize` entries
 * and grows by 20 % until the root (one entry per leaf) fits.
 */
export function layoutDirectories(
  entries: readonly Entry[],
  compress: (bytes: Uint8Array) => Uint8Array,
  maxRootBytes: number,
  initialLeafSize = 4096,
): DirectoryLayout {
  const whole = compress(serializeDirectory(entries));
  if (whole.length <= maxRootBytes) {
    return { root: whole, leaves: new Uint8Array(0), leafCount: 0, leafSize: 0 };
  }
  for (let leafSize = initialLeafSize; ; leafSize = Math.ceil(leafSize * 1.2)) {
    const rootEntries: Entry[] = [];
    const leafBlobs: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const blob = compress(serializeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({ tileId: entries[i].tileId, offset, length: blob.length, runLength: 0 });
      leafBlobs.push(blob);
      offset += blob.length;
    }
    const root = compress(serializeDirectory(rootEntries));
    if (root.length <= maxRootBytes) {
      return { root, leaves: concatBytes(leafBlobs), leafCount: leafBlobs.length, leafSize };
    }
    if (leafBlobs.length === 1) {
      throw new DirectoryError(`a root of one leaf still needs ${root.length} > ${maxRootBytes} bytes`, root.length);
    }
  }
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
