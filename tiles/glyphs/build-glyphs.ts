/**
 * `npx tsx tiles/glyphs/build-glyphs.ts` — writes the SDF glyphs MapLibre draws every
 * label with into web/public/glyphs/<fontstack>/. Rerun it after adding or renaming a place
 * (gazetteer or basemap), changing a map label's words, or a claims correction that changes a
 * facts label: glyph-coverage.test.ts fails, naming the characters, until you do.
 *
 *   - <start>-<end>.pbf: the Latin ranges (WHOLE_RANGE_STARTS), whole, from Noto Sans
 *     (@fontsource/noto-sans, OFL-1.1);
 *   - labels.pbf: every other range a label character falls in, holding only the label
 *     characters (label-characters.ts), one range after another: Chinese from Noto Sans CJK SC
 *     (Debian fonts-noto-cjk, OFL-1.1). The web app cuts it up (web/src/map/glyph-bundle.ts).
 *
 * Needs the corpus (corpus/sources, or CORPUS_DIR), as the server does:
 * the facts labels are made from its claims. Range files no label needs any more are removed.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { configFromEnv } from '../../api/src/config';
import { loadAtlas } from '../../core/load-atlas';
import { GLYPH_BUNDLE_FILE, WHOLE_RANGE_STARTS } from '../../web/src/map/glyph-bundle';
import { flattenPath, type PathCommand } from './glyph-outline';
import { cjkFont, latinFonts, type Font } from './glyph-fonts';
import { encodeGlyphRange, type RangeGlyph } from './glyph-pbf';
import { FONT_SIZE, sdfGlyph } from './glyph-sdf';
import { describeCharacter, labelCharacters, labelTexts, type CharacterUse } from './label-characters';

export const FONTSTACK = 'Noto Sans Regular';
export const GLYPHS_DIR = resolve(import.meta.dirname, '..', '..', 'web', 'public', 'glyphs');
export const REBUILD_COMMAND = 'npx tsx tiles/glyphs/build-glyphs.ts';

export class MissingGlyphError extends Error {
  constructor(readonly character: string) {
    super(`no font has a glyph for ${character}`);
    this.name = 'MissingGlyphError';
  }
}

export const rangeStartOf = (id: number): number => id - (id % 256);

/** The ranges outside the whole Latin ones that label characters fall in: the bundle's. */
export function labelRangeStarts(characters: Iterable<number>): number[] {
  return [...new Set([...characters].map(rangeStartOf))].filter((start) => !WHOLE_RANGE_STARTS.includes(start)).sort((a, b) => a - b);
}

export interface GlyphFonts {
  latin: Font[];
  /** loaded on first use: the collection is 20 MB */
  cjk: () => Font;
}

export function glyphFonts(): GlyphFonts {
  let cjk: Font | undefined;
  return { latin: latinFonts(), cjk: () => (cjk ??= cjkFont()) };
}

/** Noto Sans where it has the glyph; Noto Sans CJK for a label character it lacks. */
function fontFor(fonts: GlyphFonts, ch: string, labelCharacter: boolean): Font | undefined {
  const latin = fonts.latin.find((f) => f.charToGlyphIndex(ch) > 0);
  if (latin || !labelCharacter) return latin;
  return fonts.cjk().charToGlyphIndex(ch) > 0 ? fonts.cjk() : undefined;
}

/** One range: in a Latin range every glyph Noto Sans has, elsewhere only the label characters. */
export function buildRange(fonts: GlyphFonts, start: number, characters: ReadonlyMap<number, CharacterUse> = new Map()): Uint8Array {
  // every glyph stands on the Latin baseline, so "乌镇 Wuzhen" lines up whichever font drew it
  const ascender = Math.round((fonts.latin[0].ascender * FONT_SIZE) / fonts.latin[0].unitsPerEm);
  const whole = WHOLE_RANGE_STARTS.includes(start);
  const glyphs: RangeGlyph[] = [];
  for (let id = start; id < start + 256; id++) {
    const use = characters.get(id);
    if (!whole && !use) continue;
    const ch = String.fromCodePoint(id);
    const font = fontFor(fonts, ch, use !== undefined);
    if (!font) {
      if (use) throw new MissingGlyphError(describeCharacter(id, use));
      continue;
    }
    const glyph = font.charToGlyph(ch);
    const scale = FONT_SIZE / font.unitsPerEm;
    const contours = flattenPath(glyph.getPath(0, 0, FONT_SIZE).commands as PathCommand[]);
    glyphs.push({ id, ...sdfGlyph(contours, (glyph.advanceWidth ?? 0) * scale, ascender) });
  }
  return encodeGlyphRange(FONTSTACK, start, start + 255, glyphs);
}

/** The label ranges one after another: a glyph protobuf with one fontstack entry per range. */
export function buildBundle(fonts: GlyphFonts, characters: ReadonlyMap<number, CharacterUse>): Uint8Array {
  const ranges = labelRangeStarts(characters.keys()).map((start) => buildRange(fonts, start, characters));
  const bundle = new Uint8Array(ranges.reduce((n, r) => n + r.length, 0));
  let at = 0;
  for (const r of ranges) {
    bundle.set(r, at);
    at += r.length;
  }
  return bundle;
}

export interface BuildGlyphsOptions {
  characters?: ReadonlyMap<number, CharacterUse>;
  outDir?: string;
  /** only these Latin range files (tests); all of them and the bundle when omitted */
  starts?: readonly number[];
}

export function buildGlyphs({ characters = new Map(), outDir = GLYPHS_DIR, starts }: BuildGlyphsOptions = {}): string[] {
  const fonts = glyphFonts();
  const dir = join(outDir, FONTSTACK);
  mkdirSync(dir, { recursive: true });
  const files = (starts ?? WHOLE_RANGE_STARTS).map((start) => {
    const file = join(dir, `${start}-${start + 255}.pbf`);
    writeFileSync(file, buildRange(fonts, start, characters));
    return file;
  });
  if (!starts) {
    files.push(join(dir, GLYPH_BUNDLE_FILE));
    writeFileSync(files.at(-1)!, buildBundle(fonts, characters));
    const written = new Set(files.map((f) => f.slice(dir.length + 1)));
    for (const name of readdirSync(dir)) if (name.endsWith('.pbf') && !written.has(name)) rmSync(join(dir, name));
  }
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const characters = labelCharacters(labelTexts(loadAtlas(configFromEnv())));
  const files = buildGlyphs({ characters });
  const bundled = labelRangeStarts(characters.keys()).length;
  console.log(`${files.length - 1} Latin ranges, ${bundled} ranges in ${GLYPH_BUNDLE_FILE}; ${characters.size} label characters → ${join(GLYPHS_DIR, FONTSTACK)}`);
}
