/**
 * `npx tsx scripts/tiles/glyphs/build-glyphs.ts` — writes the SDF glyph ranges MapLibre needs
 * for Latin labels into web/public/glyphs/<fontstack>/<start>-<end>.pbf, from Noto Sans
 * (@fontsource/noto-sans, OFL-1.1) read with opentype.js. Chinese is drawn by the browser
 * (MapLibre's localIdeographFontFamily), so only Latin, pinyin and punctuation ranges are made.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { flattenPath, type PathCommand } from './glyph-outline';
import { encodeGlyphRange, type RangeGlyph } from './glyph-pbf';
import { FONT_SIZE, sdfGlyph } from './glyph-sdf';

export const FONTSTACK = 'Noto Sans Regular';
/** Basic Latin + Latin-1, Latin Extended-A/B (pinyin tones), combining marks, general punctuation */
export const RANGE_STARTS = [0, 256, 512, 768, 8192];
export const GLYPHS_DIR = resolve(import.meta.dirname, '..', '..', '..', 'web', 'public', 'glyphs');

const require = createRequire(import.meta.url);
const FONT_FILES = ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-ext-400-normal.woff'];

/** The slice of opentype.js (which ships no types) that the glyph build uses. */
interface Font {
  unitsPerEm: number;
  ascender: number;
  charToGlyphIndex(ch: string): number;
  charToGlyph(ch: string): { advanceWidth?: number; getPath(x: number, y: number, size: number): { commands: unknown[] } };
}
const opentype = require('opentype.js') as { parse(buffer: ArrayBuffer): Font };

function loadFonts(): Font[] {
  const dir = join(require.resolve('@fontsource/noto-sans/package.json'), '..', 'files');
  return FONT_FILES.map((f) => {
    const b = readFileSync(join(dir, f));
    return opentype.parse(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
  });
}

export function buildRange(fonts: Font[], start: number): Uint8Array {
  const glyphs: RangeGlyph[] = [];
  for (let id = start; id < start + 256; id++) {
    const ch = String.fromCodePoint(id);
    const font = fonts.find((f) => f.charToGlyphIndex(ch) > 0);
    if (!font) continue;
    const glyph = font.charToGlyph(ch);
    const scale = FONT_SIZE / font.unitsPerEm;
    const contours = flattenPath(glyph.getPath(0, 0, FONT_SIZE).commands as PathCommand[]);
    const ascender = Math.round(font.ascender * scale);
    glyphs.push({ id, ...sdfGlyph(contours, (glyph.advanceWidth ?? 0) * scale, ascender) });
  }
  return encodeGlyphRange(FONTSTACK, start, start + 255, glyphs);
}

export function buildGlyphs(outDir = GLYPHS_DIR, starts: readonly number[] = RANGE_STARTS): string[] {
  const fonts = loadFonts();
  const dir = join(outDir, FONTSTACK);
  mkdirSync(dir, { recursive: true });
  return starts.map((start) => {
    const file = join(dir, `${start}-${start + 255}.pbf`);
    writeFileSync(file, buildRange(fonts, start));
    return file;
  });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  for (const f of buildGlyphs()) console.log(f);
}
