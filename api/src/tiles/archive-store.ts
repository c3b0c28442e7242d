/**
 * Where the tiles router gets archives from: `<dir>/<name>.pmtiles`, held in memory.
 *
 * Why memory: our archives are small (the basemap is about 1 MB) and PMTiles clients make many
 * small range requests, so answering from a Buffer costs one subarray per request — no open,
 * read or close — which keeps the router well above 3,000 requests/s on one core. A file is
 * re-stat'ed at most every `recheckMs`, so a rebuilt archive is served without a restart.
 * Archives above `maxInMemoryBytes` are streamed from disk per request instead.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface TileArchive {
  name: string;
  path: string;
  size: number;
  /** strong entity tag, quoted */
  etag: string;
  lastModified: Date;
  /** the whole archive, or null when it is too large to hold and is read from `path` */
  bytes: Buffer | null;
}

export interface ArchiveStoreOptions {
  /**
   * archives built in memory (the large thematic layers), served before any file of the same name;
   * a function when they are rebuilt with the atlas after a write
   */
  memory?: ReadonlyMap<string, Buffer> | (() => ReadonlyMap<string, Buffer>);
  /** archives larger than this are streamed from disk */
  maxInMemoryBytes?: number;
  /** how long a loaded archive is trusted before its file is checked again */
  recheckMs?: number;
}

const DEFAULTS: Required<Omit<ArchiveStoreOptions, 'memory'>> = {
  maxInMemoryBytes: 256 * 1024 * 1024,
  recheckMs: 2000,
};

interface Cached {
  archive: TileArchive;
  mtimeMs: number;
  checkedAt: number;
}

export class ArchiveStore {
  private readonly options: Required<Omit<ArchiveStoreOptions, 'memory'>>;
  private readonly cache = new Map<string, Cached>();
  private readonly memory: () => ReadonlyMap<string, Buffer>;
  /** the served form of each generation of in-memory archives, dropped with it */
  private readonly inMemory = new WeakMap<ReadonlyMap<string, Buffer>, Map<string, TileArchive>>();
  private readonly pending = new Map<string, Promise<TileArchive | null>>();

  constructor(
    private readonly dir: string,
    options: ArchiveStoreOptions = {},
  ) {
    const { memory, ...rest } = options;
    this.options = { ...DEFAULTS, ...rest };
    const fixed = memory ?? new Map<string, Buffer>();
    this.memory = typeof fixed === 'function' ? fixed : () => fixed;
  }

  private builtArchive(name: string): TileArchive | undefined {
    const memory = this.memory();
    let served = this.inMemory.get(memory);
    if (!served) {
      const builtAt = new Date(Math.floor(Date.now() / 1000) * 1000);
      served = new Map();
      for (const [id, bytes] of memory) {
        served.set(id, { name: id, path: `(memory)/${id}.pmtiles`, size: bytes.length, etag: contentTag(bytes), lastModified: builtAt, bytes });
      }
      this.inMemory.set(memory, served);
    }
    return served.get(name);
  }

  /** The archive called `name` (already checked against the name pattern), or null if absent. */
  get(name: string): Promise<TileArchive | null> {
    const built = this.builtArchive(name);
    if (built) return Promise.resolve(built);
    const cached = this.cache.get(name);
    if (cached && Date.now() - cached.checkedAt < this.options.recheckMs) return Promise.resolve(cached.archive);
    let loading = this.pending.get(name);
    if (!loading) {
      loading = this.refresh(name).finally(() => this.pending.delete(name));
      this.pending.set(name, loading);
    }
    return loading;
  }

  private async refresh(name: string): Promise<TileArchive | null> {
    const path = join(this.dir, `${name}.pmtiles`);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' || (err as NodeJS.ErrnoException).code === 'ENOTDIR') {
        this.cache.delete(name);
        return null;
      }
      throw err;
    }
    if (!info.isFile()) return null;
    const cached = this.cache.get(name);
    if (cached && cached.mtimeMs === info.mtimeMs && cached.archive.size === info.size) {
      cached.checkedAt = Date.now();
      return cached.archive;
    }
    const lastModified = new Date(Math.floor(info.mtimeMs / 1000) * 1000);
    let archive: TileArchive;
    if (info.size <= this.options.maxInMemoryBytes) {
      const bytes = await readFile(path);
      archive = { name, path, size: bytes.length, etag: contentTag(bytes), lastModified, bytes };
    } else {
      const tag = `${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}`;
      archive = { name, path, size: info.size, etag: `"${tag}"`, lastModified, bytes: null };
    }
    this.cache.set(name, { archive, mtimeMs: info.mtimeMs, checkedAt: Date.now() });
    return archive;
  }
}

/** A strong entity tag from the bytes themselves: the same archive gets the same tag on every start. */
function contentTag(bytes: Buffer): string {
  return `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
}
