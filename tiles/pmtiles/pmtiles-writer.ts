/**
 * Writes a PMTiles v3 archive in memory: header, root directory, JSON metadata, leaf
 * directories, then tile blobs in Hilbert order (clustered), identical tiles stored once
 * and consecutive identical tiles folded into one run. Gzip everywhere, so the bytes depend
 * only on the input (and zlib's version).
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { concatBytes, layoutDirectories, type Entry } from './directory';
import {
  Compression,
  HEADER_BYTES,
  ROOT_DIRECTORY_LIMIT,
  serializeHeader,
  TileType,
  type Header,
  type TileTypeCode,
} from './header';
import { zxyToTileId } from './tile-id';

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** the tile's uncompressed bytes (e.g. an MVT protobuf) */
  data: Uint8Array;
}

export interface PmtilesWriterOptions {
  tileType?: TileTypeCode;
  /** gzip the tiles (recorded in the header) or store them as given */
  tileCompression?: 'gzip' | 'none';
  /** archive metadata; for MVT archives include `vector_layers` (TileJSON 3.0) */
  metadata: Record<string, unknown>;
  /** west, south, east, north in degrees */
  bounds: [number, number, number, number];
  /** longitude, latitude, zoom */
  center: [number, number, number];
  /** defaults: the lowest and highest zoom among the tiles */
  minZoom?: number;
  maxZoom?: number;
  /** lower it in tests to force leaf directories with few tiles */
  maxRootDirectoryBytes?: number;
  /** entries a leaf directory starts at (grown until the root fits); lower it in tests for many leaves */
  leafDirectoryEntries?: number;
}

export interface WriteReport {
  archive: Uint8Array;
  header: Header;
  leafCount: number;
}

export class PmtilesWriteError extends Error {
  constructor(
    message: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'PmtilesWriteError';
  }
}

/** Deterministic gzip: zlib writes mtime 0 and no file name, so equal input gives equal bytes. */
export const gzip = (bytes: Uint8Array): Uint8Array => new Uint8Array(gzipSync(bytes, { level: 9 }));

export function writePmtiles(tiles: Iterable<TileInput>, options: PmtilesWriterOptions): WriteReport {
  const compressTile = options.tileCompression === 'none' ? (b: Uint8Array) => b : gzip;

  const byId = new Map<number, TileInput>();
  for (const t of tiles) {
    const id = zxyToTileId(t.z, t.x, t.y);
    if (byId.has(id)) throw new PmtilesWriteError(`tile ${t.z}/${t.x}/${t.y} given twice`, t);
    byId.set(id, t);
  }
  if (byId.size === 0) throw new PmtilesWriteError('an archive needs at least one tile', 0);
  const ids = [...byId.keys()].sort((a, b) => a - b);

  const entries: Entry[] = [];
  const blobs: Uint8Array[] = [];
  const blobByHash = new Map<string, { offset: number; length: number }>();
  let dataLength = 0;
  let minZoom = Infinity;
  let maxZoom = -Infinity;
  for (const id of ids) {
    const tile = byId.get(id)!;
    minZoom = Math.min(minZoom, tile.z);
    maxZoom = Math.max(maxZoom, tile.z);
    const hash = createHash('sha256').update(tile.data).digest('base64');
    let blob = blobByHash.get(hash);
    if (!blob) {
      const stored = compressTile(tile.data);
      blob = { offset: dataLength, length: stored.length };
      blobByHash.set(hash, blob);
      blobs.push(stored);
      dataLength += stored.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === blob.offset && last.tileId + last.runLength === id) {
      last.runLength++;
    } else {
      entries.push({ tileId: id, offset: blob.offset, length: blob.length, runLength: 1 });
    }
  }

  const maxRoot = options.maxRootDirectoryBytes ?? ROOT_DIRECTORY_LIMIT - HEADER_BYTES;
  const dirs = layoutDirectories(entries, gzip, maxRoot, options.leafDirectoryEntries);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));

  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + dirs.root.length;
  const leafOffset = metadataOffset + metadata.length;
  const tileDataOffset = leafOffset + dirs.leaves.length;
  const [west, south, east, north] = options.bounds;
  const [centerLon, centerLat, centerZoom] = options.center;
  const header: Header = {
    rootDirectoryOffset: rootOffset,
    rootDirectoryLength: dirs.root.length,
    jsonMetadataOffset: metadataOffset,
    jsonMetadataLength: metadata.length,
    leafDirectoryOffset: leafOffset,
    leafDirectoryLength: dirs.leaves.length,
    tileDataOffset,
    tileDataLength: dataLength,
    numAddressedTiles: ids.length,
    numTileEntries: entries.length,
    numTileContents: blobs.length,
    clustered: true,
    internalCompression: Compression.gzip,
    tileCompression: options.tileCompression === 'none' ? Compression.none : Compression.gzip,
    tileType: options.tileType ?? TileType.mvt,
    minZoom: options.minZoom ?? minZoom,
    maxZoom: options.maxZoom ?? maxZoom,
    minLon: west,
    minLat: south,
    maxLon: east,
    maxLat: north,
    centerZoom,
    centerLon,
    centerLat,
  };
  const archive = concatBytes([serializeHeader(header), dirs.root, metadata, dirs.leaves, ...blobs]);
  return { archive, header, leafCount: dirs.leafCount };
}
