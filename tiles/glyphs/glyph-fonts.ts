/**
 * The fonts the glyph ranges are drawn from, read with opentype.js: Noto Sans for Latin, pinyin
 * and punctuation (@fontsource/noto-sans), and Noto Sans CJK SC for Chinese, taken from the Debian
 * package fonts-noto-cjk at build time, as gmt is for the basemap extracts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { collectionFace, collectionFaceOffsets, FontCollectionError } from './font-collection';

/** The slice of opentype.js (which ships no types) that the glyph build uses. */
export interface Font {
  unitsPerEm: number;
  ascender: number;
  names: { windows?: { fontFamily?: Record<string, string> } };
  charToGlyphIndex(ch: string): number;
  charToGlyph(ch: string): { advanceWidth?: number; getPath(x: number, y: number, size: number): { commands: unknown[] } };
}

const require = createRequire(import.meta.url);
const opentype = require('opentype.js') as { parse(buffer: ArrayBuffer, options?: { lowMemory?: boolean }): Font };

const LATIN_FILES = ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-ext-400-normal.woff'];
export const CJK_COLLECTION = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
/** the Simplified Chinese face: its glyph shapes are the ones mainland place names are written in */
export const CJK_FAMILY = 'Noto Sans CJK SC';

export function latinFonts(): Font[] {
  const dir = join(require.resolve('@fontsource/noto-sans/package.json'), '..', 'files');
  return LATIN_FILES.map((f) => {
    const b = readFileSync(join(dir, f));
    return opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
  });
}

/** Noto Sans CJK SC out of the collection; lowMemory: only the few glyphs used are parsed. */
export function cjkFont(file = CJK_COLLECTION, family = CJK_FAMILY): Font {
  if (!existsSync(file)) throw new FontCollectionError(file, 'missing: apt-get install fonts-noto-cjk');
  const bytes = new Uint8Array(readFileSync(file));
  const seen: string[] = [];
  for (const offset of collectionFaceOffsets(bytes, file)) {
    const font = opentype.parse(collectionFace(bytes, offset, file), { lowMemory: true });
    const name = font.names.windows?.fontFamily?.en ?? '?';
    if (name === family) return font;
    seen.push(name);
  }
  throw new FontCollectionError(file, `has no face "${family}" (it has ${seen.join(', ')})`);
}
