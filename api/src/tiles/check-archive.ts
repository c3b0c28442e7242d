/**
 * Reads a PMTiles archive as a map client will — header, root directory, every leaf directory,
 * metadata — through the pmtiles package, and checks what a client would only find out tile by
 * tile: every section and every tile lies inside the file, counts match the header, zooms and
 * bounds are sane. No tile is decoded, so the check costs milliseconds. A truncated, empty or
 * zeroed archive fails here, at start-up, instead of as a blank map.
 */
import { stat } from 'node:fs/promises';
import { PMTiles, ResolvedValueCache, type Entry, type Source } from 'pmtiles';
import { FileSource } from '../../../tiles/pmtiles/file-source';
import { HEADER_BYTES, parseHeader, ROOT_DIRECTORY_LIMIT, type Header as OwnHeader } from '../../../tiles/pmtiles/header';
import { firstTileIdOfZoom, MAX_ZOOM } from '../../../tiles/pmtiles/tile-id';

export class ArchiveCheckError extends Error {
  constructor(readonly detail: string) {
    super(detail);
    this.name = 'ArchiveCheckError';
  }
}

export interface ArchiveSummary {
  tileEntries: number;
  addressedTiles: number;
  leafDirectories: number;
  minZoom: number;
  maxZoom: number;
  bounds: [number, number, number, number];
}

/** Checks the archive file at `path`; throws an ArchiveCheckError saying what is wrong. */
export async function checkArchiveFile(path: string): Promise<ArchiveSummary> {
  const info = await stat(path);
  if (!info.isFile()) throw new ArchiveCheckError('is not a file');
  return checkArchive(new FileSource(path), info.size);
}

/** Checks an archive of `size` bytes read through `source`. */
export async function checkArchive(source: Source, size: number): Promise<ArchiveSummary> {
  if (size === 0) throw new ArchiveCheckError('is empty (0 bytes)');
  if (size < HEADER_BYTES) throw new ArchiveCheckError(`is ${size} bytes, too short for the ${HEADER_BYTES}-byte PMTiles header`);
  const head = new Uint8Array((await source.getBytes(0, HEADER_BYTES)).data);
  // our own parser checks the whole magic and the version (the pmtiles reader checks 2 bytes),
  // and the sections are checked against the size before the reader decompresses any of them
  const own = attempt('header', () => parseHeader(head));
  checkHeader(own, size);

  // no cache between checks: a rebuilt archive of the same path must be read afresh
  const archive = new PMTiles(source, new ResolvedValueCache(16));
  // the reader decompresses the root directory with the header
  const header = await attemptAsync('root directory', () => archive.getHeader());

  const entries: Entry[] = [];
  let leafDirectories = 0;
  const root = await attemptAsync('root directory', () => archive.cache.getDirectory(source, header.rootDirectoryOffset, header.rootDirectoryLength, header));
  const pending: Array<{ where: string; entries: Entry[]; depth: number }> = [{ where: 'root directory', entries: root, depth: 0 }];
  while (pending.length > 0) {
    const directory = pending.shift()!;
    for (const entry of directory.entries) {
      checkEntry(entry, directory.where, own);
      if (entry.runLength > 0) {
        entries.push(entry);
        continue;
      }
      // the spec allows leaves of leaves, but not without end (the pmtiles reader stops at depth 3)
      if (directory.depth >= 3) throw new ArchiveCheckError(`${directory.where} nests leaf directories more than 3 deep`);
      const offset = own.leafDirectoryOffset + entry.offset;
      if (entry.offset + entry.length > own.leafDirectoryLength) {
        throw new ArchiveCheckError(`${directory.where} points to a leaf directory past the end of the leaf section (${entry.offset + entry.length} > ${own.leafDirectoryLength} bytes)`);
      }
      const where = `leaf directory at byte ${offset}`;
      const leaf = await attemptAsync(where, () => archive.cache.getDirectory(source, offset, entry.length, header));
      leafDirectories += 1;
      pending.push({ where, entries: leaf, depth: directory.depth + 1 });
    }
  }
  checkCounts(entries, own);
  await attemptAsync('metadata', async () => {
    const metadata = await archive.getMetadata();
    if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) throw new Error('the metadata is not a JSON object');
  });

  return {
    tileEntries: entries.length,
    addressedTiles: entries.reduce((sum, e) => sum + e.runLength, 0),
    leafDirectories,
    minZoom: own.minZoom,
    maxZoom: own.maxZoom,
    bounds: [own.minLon, own.minLat, own.maxLon, own.maxLat],
  };
}

function checkHeader(h: OwnHeader, size: number): void {
  const sections: Array<[string, number, number]> = [
    ['root directory', h.rootDirectoryOffset, h.rootDirectoryLength],
    ['metadata', h.jsonMetadataOffset, h.jsonMetadataLength],
    ['leaf directories', h.leafDirectoryOffset, h.leafDirectoryLength],
    ['tile data', h.tileDataOffset, h.tileDataLength],
  ];
  for (const [name, offset, length] of sections) {
    if (offset + length > size) throw new ArchiveCheckError(`truncated: the ${name} ends at byte ${offset + length} but the file has ${size} bytes`);
    if (length > 0 && offset < HEADER_BYTES) throw new ArchiveCheckError(`the ${name} starts at byte ${offset}, inside the header`);
  }
  if (h.rootDirectoryLength === 0) throw new ArchiveCheckError('has no root directory');
  if (h.rootDirectoryOffset + h.rootDirectoryLength > ROOT_DIRECTORY_LIMIT) {
    throw new ArchiveCheckError(`the root directory ends at byte ${h.rootDirectoryOffset + h.rootDirectoryLength}, past the first ${ROOT_DIRECTORY_LIMIT} bytes clients read`);
  }
  if (h.minZoom > h.maxZoom || h.maxZoom > MAX_ZOOM) throw new ArchiveCheckError(`zooms ${h.minZoom}–${h.maxZoom} are not a range within 0–${MAX_ZOOM}`);
  const inRange = (v: number, limit: number) => Number.isFinite(v) && Math.abs(v) <= limit;
  if (!inRange(h.minLon, 180) || !inRange(h.maxLon, 180) || !inRange(h.minLat, 90) || !inRange(h.maxLat, 90) || h.minLon > h.maxLon || h.minLat > h.maxLat) {
    throw new ArchiveCheckError(`bounds [${h.minLon}, ${h.minLat}, ${h.maxLon}, ${h.maxLat}] are not west, south, east, north on the globe`);
  }
}

function checkEntry(entry: Entry, where: string, h: OwnHeader): void {
  if (!Number.isSafeInteger(entry.tileId) || !Number.isSafeInteger(entry.offset) || !Number.isSafeInteger(entry.length) || entry.length <= 0) {
    throw new ArchiveCheckError(`${where} has an unreadable entry (tile id ${entry.tileId}, offset ${entry.offset}, length ${entry.length})`);
  }
  if (entry.runLength > 0 && entry.offset + entry.length > h.tileDataLength) {
    throw new ArchiveCheckError(`${where}: tile ${entry.tileId} ends at byte ${entry.offset + entry.length} of a ${h.tileDataLength}-byte tile data section`);
  }
}

function checkCounts(entries: Entry[], h: OwnHeader): void {
  for (let i = 1; i < entries.length; i++) {
    if (entries[i].tileId <= entries[i - 1].tileId) throw new ArchiveCheckError(`tile ids do not ascend (${entries[i].tileId} after ${entries[i - 1].tileId})`);
  }
  // 0 in the header means "not recorded"
  if (h.numTileEntries > 0 && entries.length !== h.numTileEntries) {
    throw new ArchiveCheckError(`the directories hold ${entries.length} tile entries but the header says ${h.numTileEntries}`);
  }
  const addressed = entries.reduce((sum, e) => sum + e.runLength, 0);
  if (h.numAddressedTiles > 0 && addressed !== h.numAddressedTiles) {
    throw new ArchiveCheckError(`the directories address ${addressed} tiles but the header says ${h.numAddressedTiles}`);
  }
  if (entries.length === 0) return;
  const first = entries[0].tileId;
  const last = entries[entries.length - 1].tileId + entries[entries.length - 1].runLength - 1;
  if (first < firstTileIdOfZoom(h.minZoom) || last >= firstTileIdOfZoom(h.maxZoom + 1)) {
    throw new ArchiveCheckError(`tiles lie outside the header's zooms ${h.minZoom}–${h.maxZoom}`);
  }
}

function attempt<T>(stage: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw asCheckError(stage, error);
  }
}

async function attemptAsync<T>(stage: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    throw asCheckError(stage, error);
  }
}

function asCheckError(stage: string, error: unknown): ArchiveCheckError {
  if (error instanceof ArchiveCheckError) return error;
  const message = error instanceof Error ? error.message : String(error);
  // a zeroed or binary file puts NULs and the like into messages: keep them printable, on one line
  const printable = message.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return new ArchiveCheckError(`${stage} unreadable: ${printable}`);
}
