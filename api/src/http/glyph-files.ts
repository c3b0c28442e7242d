/**
 * The map's glyph files (web/dist/glyphs/<fontstack>/*.pbf: the Latin ranges and the labels'
 * bundle), gzipped once at start-up: SDF bitmaps shrink by a third. Their names carry no hash and
 * a glyph rebuild changes them in place, so they are revalidated by strong ETag (no-cache), not
 * cached for good. Anything else under /glyphs falls through to express.static.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Express } from 'express';
import { prepareBytes, sendPrepared, type PreparedBody } from './prepared-body';

/** "<fontstack>/<file>.pbf" → its prepared body */
export function prepareGlyphFiles(glyphsDir: string): Map<string, PreparedBody> {
  const files = new Map<string, PreparedBody>();
  if (!fs.existsSync(glyphsDir)) return files;
  for (const stack of fs.readdirSync(glyphsDir, { withFileTypes: true })) {
    if (!stack.isDirectory()) continue;
    for (const name of fs.readdirSync(path.join(glyphsDir, stack.name))) {
      if (!name.endsWith('.pbf')) continue;
      files.set(`${stack.name}/${name}`, prepareBytes(fs.readFileSync(path.join(glyphsDir, stack.name, name)), 'application/x-protobuf'));
    }
  }
  return files;
}

export function setupGlyphFiles(app: Express, glyphsDir: string): void {
  const files = prepareGlyphFiles(glyphsDir);
  app.get('/glyphs/:fontstack/:file', (req, res, next) => {
    const body = files.get(`${String(req.params.fontstack)}/${String(req.params.file)}`);
    if (body) sendPrepared(req, res, body);
    else next();
  });
}
