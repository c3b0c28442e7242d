/**
 * Which basemap the atlas serves: an OpenStreetMap extract (tiles/basemap-osm.pmtiles, cut with
 * `npm run basemap:extract`) when one is there and reads as a vector-tile archive, else the
 * committed tiles/basemap.pmtiles. Zooms and bounds come from the archive's header, attribution,
 * layers and where its detail ends from its metadata, so nothing here knows what is inside.
 *
 * The files are re-stat'ed at most every `recheckMs`: an extract dropped in (or removed) while
 * the server runs is picked up without a restart, as the tiles router picks up a rebuilt archive.
 */
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PMTiles, TileType } from 'pmtiles';
import { BASEMAP_ARCHIVES, type BasemapArchive, type BasemapInfo } from '../../../types/basemap';
import { FileSource } from '../../../tiles/pmtiles/file-source';

export interface BasemapChoiceOptions {
  /** how long an answer is trusted before the files are checked again */
  recheckMs?: number;
  /** where a rejected archive is reported (once per version of the file) */
  warn?: (message: string) => void;
}

const DEFAULTS: Required<BasemapChoiceOptions> = {
  recheckMs: 2000,
  warn: (message) => console.warn(`[basemap] ${message}`),
};

/** An archive that exists but cannot be the basemap; the next one in line is used instead. */
export class BasemapArchiveError extends Error {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path}: ${detail}`);
    this.name = 'BasemapArchiveError';
  }
}

/** None of the archives is there and readable: the server's fault, never the client's. */
export class NoBasemapError extends Error {
  constructor(readonly tilesDir: string) {
    super(`no readable basemap archive (${BASEMAP_ARCHIVES.map((a) => `${a}.pmtiles`).join(', ')}) in ${tilesDir}`);
    this.name = 'NoBasemapError';
  }
}

interface FileVersion {
  mtimeMs: number;
  size: number;
  outcome: BasemapInfo | BasemapArchiveError;
}

export class BasemapChoice {
  private readonly options: Required<BasemapChoiceOptions>;
  private readonly versions = new Map<BasemapArchive, FileVersion>();
  private answer: { info: BasemapInfo; at: number } | null = null;
  private pending: Promise<BasemapInfo> | null = null;

  constructor(
    private readonly tilesDir: string,
    options: BasemapChoiceOptions = {},
  ) {
    this.options = { ...DEFAULTS, ...options };
  }

  /** The basemap in use now. */
  current(): Promise<BasemapInfo> {
    if (this.answer && Date.now() - this.answer.at < this.options.recheckMs) return Promise.resolve(this.answer.info);
    this.pending ??= this.choose().finally(() => (this.pending = null));
    return this.pending;
  }

  private async choose(): Promise<BasemapInfo> {
    for (const archive of BASEMAP_ARCHIVES) {
      const outcome = await this.read(archive);
      if (outcome && !(outcome instanceof BasemapArchiveError)) {
        this.answer = { info: outcome, at: Date.now() };
        return outcome;
      }
    }
    this.answer = null;
    throw new NoBasemapError(this.tilesDir);
  }

  /** The archive's description, its error, or null when the file is not there. */
  private async read(archive: BasemapArchive): Promise<BasemapInfo | BasemapArchiveError | null> {
    const path = join(this.tilesDir, `${archive}.pmtiles`);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        this.versions.delete(archive);
        return null;
      }
      throw err;
    }
    const known = this.versions.get(archive);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known.outcome;
    let outcome: BasemapInfo | BasemapArchiveError;
    try {
      outcome = await describeArchive(archive, path);
    } catch (err) {
      outcome = err instanceof BasemapArchiveError ? err : new BasemapArchiveError(path, `unreadable (${(err as Error).message})`);
      this.options.warn(`${outcome.message}; using the next archive in line`);
    }
    this.versions.set(archive, { mtimeMs: info.mtimeMs, size: info.size, outcome });
    return outcome;
  }
}

/** What the map needs to know of an archive, from its header and metadata. */
export async function describeArchive(archive: BasemapArchive, path: string): Promise<BasemapInfo> {
  const pmtiles = new PMTiles(new FileSource(path));
  const header = await pmtiles.getHeader();
  if (header.tileType !== TileType.Mvt) throw new BasemapArchiveError(path, `holds ${TileType[header.tileType] ?? 'unknown'} tiles, not vector tiles`);
  const metadata = (await pmtiles.getMetadata()) as { attribution?: unknown; detail_maxzoom?: unknown; vector_layers?: Array<{ id?: unknown }> } | null;
  const layers = (metadata?.vector_layers ?? []).map((l) => l.id).filter((id): id is string => typeof id === 'string');
  if (layers.length === 0) throw new BasemapArchiveError(path, 'lists no vector_layers in its metadata');
  const detail = metadata?.detail_maxzoom;
  return {
    archive,
    url: `/tiles/${archive}.pmtiles`,
    minzoom: header.minZoom,
    maxzoom: header.maxZoom,
    bounds: [header.minLon, header.minLat, header.maxLon, header.maxLat],
    attribution: plainAttribution(metadata?.attribution),
    detailMaxZoom: typeof detail === 'number' && Number.isInteger(detail) ? detail : null,
    layers,
  };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", copy: '©', nbsp: ' ' };

/**
 * Attribution as plain text: Protomaps builds carry HTML links (`<a href=…>OpenStreetMap</a>`), and
 * an archive's metadata is no place to take markup from into our page.
 */
export function plainAttribution(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/<[^>]*>/g, '')
    .replace(/&(#39|[a-z]+);/g, (whole, name: string) => ENTITIES[name] ?? whole)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 300);
}
