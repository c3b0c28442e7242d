/** The fixed 127-byte PMTiles v3 header: section offsets, counts, encodings, zooms, bounds, centre. */

export const HEADER_BYTES = 127;
/** Clients fetch the first 16 KiB in one request: the root directory must end inside it. */
export const ROOT_DIRECTORY_LIMIT = 16_384;

export const Compression = { unknown: 0, none: 1, gzip: 2, brotli: 3, zstd: 4 } as const;
export type CompressionCode = (typeof Compression)[keyof typeof Compression];

export const TileType = { unknown: 0, mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 } as const;
export type TileTypeCode = (typeof TileType)[keyof typeof TileType];

export interface Header {
  rootDirectoryOffset: number;
  rootDirectoryLength: number;
  jsonMetadataOffset: number;
  jsonMetadataLength: number;
  leafDirectoryOffset: number;
  leafDirectoryLength: number;
  tileDataOffset: number;
  tileDataLength: number;
  numAddressedTiles: number;
  numTileEntries: number;
  numTileContents: number;
  clustered: boolean;
  internalCompression: CompressionCode;
  tileCompression: CompressionCode;
  tileType: TileTypeCode;
  minZoom: number;
  maxZoom: number;
  minLon: number;
  minLat: number;
  maxLon: number;
  maxLat: number;
  centerZoom: number;
  centerLon: number;
  centerLat: number;
}

export class HeaderError extends Error {
  constructor(
    message: string,
    readonly value: unknown,
  ) {
    super(message);
    this.name = 'HeaderError';
  }
}

const MAGIC = 'PMTiles';
const SPEC_VERSION = 3;

export function serializeHeader(h: Header): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < MAGIC.length; i++) bytes[i] = MAGIC.charCodeAt(i);
  bytes[7] = SPEC_VERSION;
  const u64 = (at: number, v: number, field: string) => {
    if (!Number.isSafeInteger(v) || v < 0) throw new HeaderError(`${field} must be a non-negative integer, got ${v}`, v);
    view.setBigUint64(at, BigInt(v), true);
  };
  u64(8, h.rootDirectoryOffset, 'rootDirectoryOffset');
  u64(16, h.rootDirectoryLength, 'rootDirectoryLength');
  u64(24, h.jsonMetadataOffset, 'jsonMetadataOffset');
  u64(32, h.jsonMetadataLength, 'jsonMetadataLength');
  u64(40, h.leafDirectoryOffset, 'leafDirectoryOffset');
  u64(48, h.leafDirectoryLength, 'leafDirectoryLength');
  u64(56, h.tileDataOffset, 'tileDataOffset');
  u64(64, h.tileDataLength, 'tileDataLength');
  u64(72, h.numAddressedTiles, 'numAddressedTiles');
  u64(80, h.numTileEntries, 'numTileEntries');
  u64(88, h.numTileContents, 'numTileContents');
  bytes[96] = h.clustered ? 1 : 0;
  bytes[97] = h.internalCompression;
  bytes[98] = h.tileCompression;
  bytes[99] = h.tileType;
  const zoom = (v: number, field: string) => {
    if (!Number.isInteger(v) || v < 0 || v > 30) throw new HeaderError(`${field} must be a zoom 0…30, got ${v}`, v);
    return v;
  };
  bytes[100] = zoom(h.minZoom, 'minZoom');
  bytes[101] = zoom(h.maxZoom, 'maxZoom');
  const e7 = (at: number, deg: number, limit: number, field: string) => {
    if (!Number.isFinite(deg) || Math.abs(deg) > limit) throw new HeaderError(`${field} must be within ±${limit}°, got ${deg}`, deg);
    view.setInt32(at, Math.round(deg * 1e7), true);
  };
  e7(102, h.minLon, 180, 'minLon');
  e7(106, h.minLat, 90, 'minLat');
  e7(110, h.maxLon, 180, 'maxLon');
  e7(114, h.maxLat, 90, 'maxLat');
  bytes[118] = zoom(h.centerZoom, 'centerZoom');
  e7(119, h.centerLon, 180, 'centerLon');
  e7(123, h.centerLat, 90, 'centerLat');
  return bytes;
}

export function parseHeader(bytes: Uint8Array): Header {
  if (bytes.length < HEADER_BYTES) throw new HeaderError(`a header needs ${HEADER_BYTES} bytes, got ${bytes.length}`, bytes.length);
  const magic = String.fromCharCode(...bytes.subarray(0, 7));
  if (magic !== MAGIC) throw new HeaderError(`not a PMTiles archive (magic "${magic}")`, magic);
  if (bytes[7] !== SPEC_VERSION) throw new HeaderError(`spec version ${bytes[7]} is not 3`, bytes[7]);
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_BYTES);
  const u64 = (at: number) => Number(view.getBigUint64(at, true));
  const deg = (at: number) => view.getInt32(at, true) / 1e7;
  return {
    rootDirectoryOffset: u64(8),
    rootDirectoryLength: u64(16),
    jsonMetadataOffset: u64(24),
    jsonMetadataLength: u64(32),
    leafDirectoryOffset: u64(40),
    leafDirectoryLength: u64(48),
    tileDataOffset: u64(56),
    tileDataLength: u64(64),
    numAddressedTiles: u64(72),
    numTileEntries: u64(80),
    numTileContents: u64(88),
    clustered: bytes[96] === 1,
    internalCompression: bytes[97] as CompressionCode,
    tileCompression: bytes[98] as CompressionCode,
    tileType: bytes[99] as TileTypeCode,
    minZoom: bytes[100],
    maxZoom: bytes[101],
    minLon: deg(102),
    minLat: deg(106),
    maxLon: deg(110),
    maxLat: deg(114),
    centerZoom: bytes[118],
    centerLon: deg(119),
    centerLat: deg(123),
  };
}
