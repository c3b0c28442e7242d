/**
 * A pmtiles `Source` over a local file or a byte array, so node code and tests can read
 * archives with the pmtiles package's `PMTiles` class without a web server.
 */
import { open } from 'node:fs/promises';
import type { RangeResponse, Source } from 'pmtiles';

export class FileSource implements Source {
  constructor(private readonly path: string) {}

  getKey(): string {
    return this.path;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const handle = await open(this.path, 'r');
    try {
      const data = new Uint8Array(length);
      const { bytesRead } = await handle.read(data, 0, length, offset);
      return { data: data.buffer.slice(0, bytesRead) };
    } finally {
      await handle.close();
    }
  }
}

export class BytesSource implements Source {
  constructor(
    private readonly bytes: Uint8Array,
    private readonly key = 'memory',
  ) {}

  getKey(): string {
    return this.key;
  }

  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    // a copy into a fresh ArrayBuffer: a Node Buffer's own slice() would share its (pooled) memory
    const part = new Uint8Array(this.bytes.subarray(offset, offset + length));
    return { data: part.buffer };
  }
}
