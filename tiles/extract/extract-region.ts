/**
 * Cuts a region out of a PMTiles archive, local or remote, reading it through the `pmtiles`
 * package's `Source` (HTTP Range requests for a URL): the header, the root directory, only the
 * leaf directories that index tiles of the region, then only those tiles, in merged byte ranges
 * (byte-ranges.ts). The tiles are written unchanged, as a new archive, by our writer.
 *
 *   planExtract ─► header + metadata + directories ─► the region's tile entries + merged ranges
 *   extractRegion ─► fetch the ranges ─► cut out each tile ─► tiles/pmtiles/pmtiles-writer.ts
 */
import { gunzipSync } from 'node:zlib';
import { Compression, findTile, PMTiles, SharedPromiseCache, TileType, zxyToTileId, type Entry, type Header, type Source } from 'pmtiles';
import { tileRange, type Box } from '../build/geometry/box';
import type { TileTypeCode } from '../pmtiles/header';
import { writePmtiles, type TileInput, type WriteReport } from '../pmtiles/pmtiles-writer';
import { mergeSpans, RANGE_DEFAULTS, type ByteSpan } from './byte-ranges';

export interface ExtractOptions {
  box: Box;
  /** the zooms to keep, clamped to the archive's own */
  minZoom: number;
  maxZoom: number;
  /** requests under way at once */
  concurrency: number;
  maxGapBytes: number;
  maxRequestBytes: number;
  /** bytes read so far (directories and tiles) and, once known, the bytes the tiles will take */
  onProgress?: (progress: ExtractProgress) => void;
  signal?: AbortSignal;
  /** what the archive's metadata records as its source (a URL without its query, a file name) */
  sourceName?: string;
}

export const EXTRACT_DEFAULTS = {
  minZoom: 0,
  maxZoom: 15,
  concurrency: 4,
  ...RANGE_DEFAULTS,
};

export interface ExtractProgress {
  phase: 'directories' | 'tiles';
  bytesRead: number;
  requests: number;
  /** the tile bytes planned (known in the `tiles` phase) */
  tileBytes: number | null;
  tileBytesRead: number;
}

export interface TileEntry {
  z: number;
  x: number;
  y: number;
  /** where its bytes are, from the start of the archive */
  offset: number;
  length: number;
}

export interface ExtractPlan {
  header: Header;
  metadata: Record<string, unknown>;
  minZoom: number;
  maxZoom: number;
  tiles: TileEntry[];
  /** the merged requests that read every tile */
  ranges: ByteSpan[];
  /** bytes the ranges take (a little more than the tiles: the gaps read through) */
  rangeBytes: number;
  /** bytes read to plan: header, metadata, directories */
  planBytes: number;
  requests: number;
}

export interface ExtractResult extends WriteReport {
  plan: ExtractPlan;
  bytesRead: number;
  requests: number;
}

export class ExtractError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'ExtractError';
  }
}

/** Counts what a source is asked for, so the progress shows bytes read, directories included. */
class CountingSource implements Source {
  bytes = 0;
  requests = 0;
  constructor(
    private readonly inner: Source,
    private readonly report: () => void,
  ) {}
  getKey(): string {
    return this.inner.getKey();
  }
  async getBytes(offset: number, length: number, signal?: AbortSignal, etag?: string) {
    const response = await this.inner.getBytes(offset, length, signal, etag);
    this.bytes += response.data.byteLength;
    this.requests++;
    this.report();
    return response;
  }
}

/** Reads the header, metadata and the directories the region needs; says what it will fetch. */
export async function planExtract(source: Source, options: Partial<ExtractOptions> & { box: Box }): Promise<ExtractPlan> {
  const o = { ...EXTRACT_DEFAULTS, ...options };
  const counting = source instanceof CountingSource ? source : new CountingSource(source, () => undefined);
  const cache = new SharedPromiseCache();
  const archive = new PMTiles(counting, cache);
  const header = await archive.getHeader();
  const metadata = ((await archive.getMetadata()) ?? {}) as Record<string, unknown>;
  const minZoom = Math.max(o.minZoom, header.minZoom);
  const maxZoom = Math.min(o.maxZoom, header.maxZoom);
  if (minZoom > maxZoom) throw new ExtractError(`the archive has zooms ${header.minZoom}–${header.maxZoom}, none within ${o.minZoom}–${o.maxZoom}`);
  if (o.box.east <= header.minLon || o.box.west >= header.maxLon || o.box.north <= header.minLat || o.box.south >= header.maxLat) {
    throw new ExtractError(`the box ${boxText(o.box)} lies outside the archive's bounds ${header.minLon},${header.minLat},${header.maxLon},${header.maxLat}`);
  }

  const directory = (offset: number, length: number) => cache.getDirectory(counting, offset, length, header, o.signal);
  const root = await directory(header.rootDirectoryOffset, header.rootDirectoryLength);
  /** The entry holding `tileId`, following leaf directories (at most a few levels deep). */
  const lookup = async (tileId: number): Promise<Entry | null> => {
    let entries = root;
    for (let depth = 0; depth < 4; depth++) {
      const entry = findTile(entries, tileId);
      if (!entry) return null;
      if (entry.runLength > 0) return entry;
      entries = await directory(header.leafDirectoryOffset + entry.offset, entry.length);
    }
    throw new ExtractError(`the directories nest deeper than the PMTiles specification allows, at tile id ${tileId}`);
  };

  const wanted: Array<{ z: number; x: number; y: number; id: number }> = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const r = tileRange(o.box, z);
    for (let x = r.minX; x <= r.maxX; x++) for (let y = r.minY; y <= r.maxY; y++) wanted.push({ z, x, y, id: zxyToTileId(z, x, y) });
  }
  // in id order, the leaf directories are asked for one after another, each once (the cache holds them)
  wanted.sort((a, b) => a.id - b.id);
  const tiles: TileEntry[] = [];
  for (let i = 0; i < wanted.length; i += o.concurrency * 64) {
    const batch = wanted.slice(i, i + o.concurrency * 64);
    const entries = await Promise.all(batch.map((t) => lookup(t.id)));
    batch.forEach((t, k) => {
      const e = entries[k];
      if (e) tiles.push({ z: t.z, x: t.x, y: t.y, offset: header.tileDataOffset + e.offset, length: e.length });
    });
    o.signal?.throwIfAborted();
  }
  const ranges = mergeSpans(tiles, o);
  return {
    header,
    metadata,
    minZoom,
    maxZoom,
    tiles,
    ranges,
    rangeBytes: ranges.reduce((n, r) => n + r.length, 0),
    planBytes: counting.bytes,
    requests: counting.requests,
  };
}

/** The region as a new archive: every tile of the box at the zooms asked for, as the source has it. */
export async function extractRegion(source: Source, options: Partial<ExtractOptions> & { box: Box }): Promise<ExtractResult> {
  const o = { ...EXTRACT_DEFAULTS, ...options };
  let phase: ExtractProgress['phase'] = 'directories';
  let tileBytes: number | null = null;
  let tileBytesRead = 0;
  const report = () => o.onProgress?.({ phase, bytesRead: counting.bytes, requests: counting.requests, tileBytes, tileBytesRead });
  const counting = new CountingSource(source, report);
  const plan = await planExtract(counting, o);
  const { header } = plan;
  const decompress = tileDecompressor(header.tileCompression);

  phase = 'tiles';
  tileBytes = plan.rangeBytes;
  report();
  // each tile's bytes, cut from the range that holds it; tiles stored once serve every run entry
  const byOffset = new Map<number, TileEntry[]>();
  for (const t of plan.tiles) {
    const same = byOffset.get(t.offset);
    if (same) same.push(t);
    else byOffset.set(t.offset, [t]);
  }
  const offsets = [...byOffset.keys()].sort((a, b) => a - b);
  const out: TileInput[] = [];
  let next = 0;
  const worker = async () => {
    while (next < plan.ranges.length) {
      const range = plan.ranges[next++];
      const { data } = await counting.getBytes(range.offset, range.length, o.signal, header.etag);
      const bytes = new Uint8Array(data);
      if (bytes.length !== range.length) throw new ExtractError(`asked for ${range.length} bytes at ${range.offset}, got ${bytes.length}`);
      for (const offset of offsetsWithin(offsets, range)) {
        const entries = byOffset.get(offset)!;
        const tile = decompress(bytes.subarray(offset - range.offset, offset - range.offset + entries[0].length));
        for (const e of entries) out.push({ z: e.z, x: e.x, y: e.y, data: tile });
      }
      tileBytesRead += range.length;
      report();
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.concurrency, plan.ranges.length) }, worker));
  if (out.length === 0) throw new ExtractError(`the archive has no tiles in ${boxText(o.box)} at zooms ${plan.minZoom}–${plan.maxZoom}`);

  const bounds: [number, number, number, number] = [
    Math.max(o.box.west, header.minLon),
    Math.max(o.box.south, header.minLat),
    Math.min(o.box.east, header.maxLon),
    Math.min(o.box.north, header.maxLat),
  ];
  const centerZoom = Math.min(plan.maxZoom, Math.max(plan.minZoom, 12));
  const written = writePmtiles(out, {
    tileType: header.tileType as number as TileTypeCode,
    tileCompression: header.tileType === TileType.Mvt ? 'gzip' : 'none',
    metadata: {
      ...plan.metadata,
      minzoom: plan.minZoom,
      maxzoom: plan.maxZoom,
      bounds,
      'wuzhen-atlas:extract': { source: o.sourceName ?? source.getKey(), bbox: [o.box.west, o.box.south, o.box.east, o.box.north], minzoom: plan.minZoom, maxzoom: plan.maxZoom },
    },
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, centerZoom],
    minZoom: plan.minZoom,
    maxZoom: plan.maxZoom,
  });
  return { ...written, plan, bytesRead: counting.bytes, requests: counting.requests };
}

function tileDecompressor(compression: Compression): (bytes: Uint8Array) => Uint8Array {
  if (compression === Compression.Gzip) return (bytes) => new Uint8Array(gunzipSync(bytes));
  if (compression === Compression.None || compression === Compression.Unknown) return (bytes) => bytes.slice();
  throw new ExtractError(`tiles compressed with ${Compression[compression]} are not supported (gzip or none)`);
}

/** The sorted offsets that fall inside a range (binary search for the first). */
function offsetsWithin(sorted: number[], range: ByteSpan): number[] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < range.offset) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < sorted.length && sorted[i] < range.offset + range.length; i++) out.push(sorted[i]);
  return out;
}

const boxText = (b: Box) => `${b.west},${b.south},${b.east},${b.north}`;
