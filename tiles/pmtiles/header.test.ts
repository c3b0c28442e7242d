import { describe, expect, it } from 'vitest';
import { bytesToHeader } from 'pmtiles';
import { Compression, HEADER_BYTES, HeaderError, parseHeader, serializeHeader, TileType, type Header } from './header';

const sample: Header = {
  rootDirectoryOffset: 127,
  rootDirectoryLength: 250,
  jsonMetadataOffset: 377,
  jsonMetadataLength: 600,
  leafDirectoryOffset: 977,
  leafDirectoryLength: 2 ** 33 + 5,
  tileDataOffset: 2 ** 33 + 982,
  tileDataLength: 123456,
  numAddressedTiles: 1000,
  numTileEntries: 900,
  numTileContents: 800,
  clustered: true,
  internalCompression: Compression.gzip,
  tileCompression: Compression.gzip,
  tileType: TileType.mvt,
  minZoom: 4,
  maxZoom: 14,
  minLon: 119.5,
  minLat: 29.9,
  maxLon: 122.1234567,
  maxLat: 31.9,
  centerZoom: 9,
  centerLon: 120.4955,
  centerLat: 30.7461,
};

describe('header', () => {
  it('is 127 bytes starting with the magic and version 3', () => {
    const bytes = serializeHeader(sample);
    expect(bytes.length).toBe(HEADER_BYTES);
    expect(new TextDecoder().decode(bytes.subarray(0, 7))).toBe('PMTiles');
    expect(bytes[7]).toBe(3);
  });

  it('round-trips and reads the same in the pmtiles package', () => {
    const bytes = serializeHeader(sample);
    expect(parseHeader(bytes)).toEqual(sample);
    const theirs = bytesToHeader(bytes.buffer as ArrayBuffer);
    expect(theirs).toMatchObject({ ...sample, specVersion: 3 });
  });

  it('rejects bad values and foreign bytes', () => {
    expect(() => serializeHeader({ ...sample, maxZoom: 31 })).toThrow(HeaderError);
    expect(() => serializeHeader({ ...sample, minLat: 91 })).toThrow(HeaderError);
    expect(() => serializeHeader({ ...sample, tileDataLength: -1 })).toThrow(HeaderError);
    expect(() => parseHeader(new Uint8Array(127))).toThrow(HeaderError);
    expect(() => parseHeader(new Uint8Array(10))).toThrow(HeaderError);
  });
});
