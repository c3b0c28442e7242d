/**
 * The web app's scripts and stylesheets (web/dist/assets): hashed file names never change
 * content, so each is served compressed and cached for a year. Other asset types (images,
 * fonts) fall through to express.static.
 */
import path from 'node:path';
import type { Express } from 'express';
import { servePreparedFiles } from './prepared-files';

const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function setupWebAssets(app: Express, assetsDir: string): void {
  servePreparedFiles(app, '/assets', assetsDir, { contentTypeOf: (name) => COMPRESSIBLE[path.extname(name)], cacheControl: IMMUTABLE });
}
