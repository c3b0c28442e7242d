/**
 * Files of the built web app compressed once at start-up and served from memory with a strong
 * ETag (304 on If-None-Match) — one mechanism for the hashed assets and the map's glyphs.
 * A name not prepared here falls through to the next handler (express.static).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { prepareBytes, sendPrepared, type PreparedBody } from './prepared-body';

export interface PreparedFilesOptions {
  /** the Content-Type to serve a file name with, or undefined to leave it to express.static */
  contentTypeOf: (name: string) => string | undefined;
  /** absent: revalidate every time (prepared-body's default) */
  cacheControl?: string;
}

/** Every file below `dir` the options accept, by its path relative to `dir` ("a/b.pbf"). */
export function prepareFiles(dir: string, options: PreparedFilesOptions): Map<string, PreparedBody> {
  const files = new Map<string, PreparedBody>();
  const walk = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const name = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(name);
      const contentType = entry.isFile() ? options.contentTypeOf(entry.name) : undefined;
      if (contentType) files.set(name, prepareBytes(fs.readFileSync(path.join(dir, name)), contentType, options.cacheControl));
    }
  };
  if (fs.existsSync(dir)) walk('');
  return files;
}

/** Serves the prepared files of `dir` under `mount` (e.g. "/assets"). */
export function servePreparedFiles(app: Express, mount: string, dir: string, options: PreparedFilesOptions): void {
  const files = prepareFiles(dir, options);
  app.use(mount, (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let name: string;
    try {
      name = decodeURIComponent(req.path.slice(1));
    } catch {
      return next();
    }
    const body = files.get(name);
    if (body) sendPrepared(req, res, body);
    else next();
  });
}
