/**
 * GET/HEAD /{name}.pmtiles — PMTiles archives with HTTP Range support (RFC 9110), for
 * MapLibre's pmtiles protocol and for QGIS. The lead mounts it at /tiles.
 *
 *   request ─► name check ─► ArchiveStore ─► preconditions (304/412) ─► Range (206/416/200)
 *
 * Bodies are sent as stored, never re-compressed: the tiles inside are gzip already and a
 * Content-Encoding would change the byte offsets the client asks for (hence `no-transform`).
 * A single range answers 206; several ranges answer 200 with the whole archive (no multipart).
 * HEAD answers as a GET without Range would, without a body: Range applies to GET only
 * (RFC 9110 §14.2), so a HEAD with Range is 200 with the whole length and no Content-Range.
 */
import { createReadStream } from 'node:fs';
import express, { type Request, type Response } from 'express';
import { ArchiveStore, type ArchiveStoreOptions, type TileArchive } from './archive-store';
import { evaluatePreconditions, rangeAllowed } from './conditional';
import { contentRange, parseRange, unsatisfiedRange, type ByteRange } from './parse-range';
import { ProblemError, problemHandler } from '../http/problem';

// at most 64 characters: any longer name is no archive of ours, and would only reach the file
// system to fail there (ENAMETOOLONG)
export const ARCHIVE_NAME = /^([a-z0-9-]{1,64})\.pmtiles$/;
export const CACHE_CONTROL = 'public, max-age=3600, no-transform';
export const CONTENT_TYPE = 'application/vnd.pmtiles';

export function createTilesRouter(tilesDir: string, options: ArchiveStoreOptions = {}): express.Router {
  const store = new ArchiveStore(tilesDir, options);
  const router = express.Router({ caseSensitive: true, strict: true });

  router.all('/:file', async (req: Request, res: Response) => {
    const file = String(req.params.file);
    const match = ARCHIVE_NAME.exec(file);
    if (!match) {
      throw new ProblemError(400, `"${file.slice(0, 80)}" is not an archive name: use 1–64 lowercase letters, digits and hyphens, then .pmtiles`, 'bad-archive-name');
    }
    if (req.method === 'OPTIONS') {
      res.setHeader('Allow', 'GET, HEAD, OPTIONS');
      res.status(204).end();
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new ProblemError(405, `${req.method} is not supported on tile archives; use GET or HEAD`, 'method-not-allowed', {}, { Allow: 'GET, HEAD, OPTIONS' });
    }

    let archive: TileArchive | null;
    try {
      archive = await store.get(match[1]);
    } catch (err) {
      // the server's fault, not the client's: logged with its path here, never sent
      console.error(`[tiles] ${file} could not be read:`, err);
      throw new ProblemError(500, `the archive ${file} exists but could not be read`, 'archive-unreadable');
    }
    if (!archive) {
      throw new ProblemError(404, `there is no tile archive called ${file}`, 'archive-not-found');
    }
    serveArchive(req, res, archive);
  });

  router.use((req: Request, res: Response) => {
    throw new ProblemError(404, `nothing at ${req.originalUrl.slice(0, 200)}; tile archives are at /{name}.pmtiles`, 'not-found');
  });

  // the central handler, so the router answers problem+json when mounted alone (tests, benches)
  router.use(problemHandler);
  return router;
}

function serveArchive(req: Request, res: Response, archive: TileArchive): void {
  res.setHeader('Accept-Ranges', 'bytes');
  res.setHeader('ETag', archive.etag);
  res.setHeader('Last-Modified', archive.lastModified.toUTCString());
  res.setHeader('Cache-Control', CACHE_CONTROL);
  res.setHeader('X-Content-Type-Options', 'nosniff');

  const outcome = evaluatePreconditions(req.headers, archive, req.method);
  if (outcome === 'not-modified') {
    res.status(304).end();
    return;
  }
  if (outcome === 'precondition-failed') {
    throw new ProblemError(412, `the archive has changed: its ETag is now ${archive.etag}`, 'precondition-failed');
  }

  const rangeHeader = req.method === 'GET' && typeof req.headers.range === 'string' ? req.headers.range : undefined;
  const range = rangeHeader !== undefined && rangeAllowed(req.headers, archive) ? parseRange(rangeHeader, archive.size) : { kind: 'ignore' as const };
  if (range.kind === 'unsatisfiable') {
    throw new ProblemError(416, `the range "${rangeHeader!.slice(0, 100)}" selects no byte of this ${archive.size}-byte archive`, 'range-not-satisfiable', {}, { 'Content-Range': unsatisfiedRange(archive.size), 'Accept-Ranges': 'bytes' });
  }
  res.setHeader('Content-Type', CONTENT_TYPE);
  if (range.kind === 'single') {
    res.status(206);
    res.setHeader('Content-Range', contentRange(range.range, archive.size));
    sendBytes(req, res, archive, range.range);
  } else {
    // no Range, an ignored one, or several ranges (no multipart here): the whole archive
    res.status(200);
    sendBytes(req, res, archive, { start: 0, end: archive.size - 1 });
  }
}

function sendBytes(req: Request, res: Response, archive: TileArchive, { start, end }: ByteRange): void {
  const length = Math.max(0, end - start + 1);
  res.setHeader('Content-Length', length);
  if (req.method === 'HEAD' || length === 0) {
    res.end();
    return;
  }
  if (archive.bytes) {
    res.end(archive.bytes.subarray(start, end + 1));
    return;
  }
  const stream = createReadStream(archive.path, { start, end });
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
