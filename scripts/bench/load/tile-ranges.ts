/**
 * The byte ranges a PMTiles client really asks for, read from an archive's own directories with
 * the `pmtiles` package: the header and root directory, each leaf directory, and every tile.
 */
import fs from 'node:fs';
import { SharedPromiseCache, type Entry, type Header, type RangeResponse, type Source } from 'pmtiles';
import { pick, seededRandom } from '../../../core/testing/seeded-random';

export interface ByteRange {
  what: 'header+root' | 'leaf' | 'tile';
  start: number;
  /** inclusive, as a Range header writes it */
  end: number;
}

class BufferSource implements Source {
  constructor(private readonly bytes: Buffer, private readonly key: string) {}
  getKey(): string {
    return this.key;
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const part = this.bytes.subarray(offset, offset + length);
    return { data: part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength) as ArrayBuffer };
  }
}

export interface ArchiveRanges {
  header: Header;
  size: number;
  ranges: ByteRange[];
}

/** Every range of the archive at `file`: header+root first, then leaves, then tiles in file order. */
export async function archiveRanges(file: string): Promise<ArchiveRanges> {
  const bytes = fs.readFileSync(file);
  const source = new BufferSource(bytes, file);
  const cache = new SharedPromiseCache();
  const header = await cache.getHeader(source);
  const ranges: ByteRange[] = [{ what: 'header+root', start: 0, end: Math.min(bytes.length, 16_384) - 1 }];
  const seenTiles = new Set<number>();
  const walk = async (offset: number, length: number) => {
    const entries: Entry[] = await cache.getDirectory(source, offset, length, header);
    for (const entry of entries) {
      if (entry.runLength === 0) {
        const start = header.leafDirectoryOffset + entry.offset;
        ranges.push({ what: 'leaf', start, end: start + entry.length - 1 });
        await walk(start, entry.length);
      } else if (!seenTiles.has(entry.offset)) {
        seenTiles.add(entry.offset);
        const start = header.tileDataOffset + entry.offset;
        ranges.push({ what: 'tile', start, end: start + entry.length - 1 });
      }
    }
  };
  await walk(header.rootDirectoryOffset, header.rootDirectoryLength);
  return { header, size: bytes.length, ranges };
}

/**
 * `count` ranges as a map client asks for them: mostly tiles, some directory reads, drawn
 * with a seeded generator so every run asks for the same bytes.
 */
export function sampleRanges(all: ByteRange[], count: number, seed: number): ByteRange[] {
  const random = seededRandom(seed);
  const tiles = all.filter((r) => r.what === 'tile');
  const directories = all.filter((r) => r.what !== 'tile');
  return Array.from({ length: count }, () => (random() < 0.1 ? pick(random, directories) : pick(random, tiles)));
}
