/**
 * The map's glyph files (web/dist/glyphs/<fontstack>/*.pbf: the Latin ranges and the labels'
 * bundle): SDF bitmaps shrink by a third in gzip. Their names carry no hash and a glyph rebuild
 * changes them in place, so they are revalidated by ETag (no-cache), not cached for good.
 */
import type { Express } from 'express';
import { servePreparedFiles } from './prepared-files';

export function setupGlyphFiles(app: Express, glyphsDir: string): void {
  servePreparedFiles(app, '/glyphs', glyphsDir, { contentTypeOf: (name) => (name.endsWith('.pbf') ? 'application/x-protobuf' : undefined) });
}
