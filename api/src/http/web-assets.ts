/**
 * The web app's scripts and stylesheets, gzipped once at start-up: hashed file names never change
 * content, so each is served compressed, with a strong ETag, cached for a year. Other asset types
 * (images, fonts) fall through to express.static.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { prepareBytes, sendPrepared, type PreparedBody } from './prepared-body';

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function prepareWebAssets(assetsDir: string): Map<string, PreparedBody> {
  const assets = new Map<string, PreparedBody>();
  if (!fs.existsSync(assetsDir)) return assets;
  for (const name of fs.readdirSync(assetsDir)) {
    const contentType = COMPRESSIBLE[path.extname(name)];
    if (contentType) assets.set(name, prepareBytes(fs.readFileSync(path.join(assetsDir, name)), contentType, IMMUTABLE));
  }
  return assets;
}

export function setupWebAssets(app: Express, assetsDir: string): void {
  const assets = prepareWebAssets(assetsDir);
  app.get('/assets/:file', (req, res, next) => {
    const body = assets.get(String(req.params.file));
    if (body) sendPrepared(req, res, body);
    else next();
  });
}
