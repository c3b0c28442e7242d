/**
 * The map draws every glyph from the committed files (no local CJK drawing), and MapLibre leaves
 * out a character its range lacks. So every character of every label text must be in them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testStore } from '../../api/test/support/test-app';
import { GLYPH_BUNDLE_FILE, WHOLE_RANGE_STARTS } from '../../web/src/map/glyph-bundle';
import { FONTSTACK, GLYPHS_DIR, REBUILD_COMMAND, labelRangeStarts } from './build-glyphs';
import { decodeGlyphStacks, type DecodedRange, type RangeGlyph } from './glyph-pbf';
import { FONT_SIZE } from './glyph-sdf';
import { describeCharacter, labelCharacters, labelTexts } from './label-characters';

const dir = join(GLYPHS_DIR, FONTSTACK);
const read = (file: string) => decodeGlyphStacks(new Uint8Array(readFileSync(join(dir, file))));
const latinFiles = readdirSync(dir).filter((f) => f.endsWith('.pbf') && f !== GLYPH_BUNDLE_FILE);
const latin: DecodedRange[] = latinFiles.flatMap(read);
const bundle: DecodedRange[] = read(GLYPH_BUNDLE_FILE);
const committed = new Map<number, RangeGlyph>();
for (const range of [...latin, ...bundle]) for (const g of range.glyphs) committed.set(g.id, g);

const sources = labelTexts(testStore());
const characters = labelCharacters(sources);

describe('glyph coverage', () => {
  it('has a glyph for every character of every map label', () => {
    for (const { source, texts } of sources) expect(texts.length, source).toBeGreaterThan(0);
    expect(characters.size).toBeGreaterThan(300);
    const missing = [...characters].filter(([id]) => !committed.has(id)).map(([id, use]) => describeCharacter(id, use));
    expect(missing, `label characters without a glyph; rebuild with \`${REBUILD_COMMAND}\``).toEqual([]);
  });

  it('ships the Latin ranges as files and only label characters in the bundle, one entry a range', () => {
    expect(latinFiles.sort()).toEqual(WHOLE_RANGE_STARTS.map((s) => `${s}-${s + 255}.pbf`).sort());
    for (const range of [...latin, ...bundle]) expect(range.name).toBe(FONTSTACK);
    expect(bundle.map((r) => r.range), `bundle ranges; rebuild with \`${REBUILD_COMMAND}\``).toEqual(
      labelRangeStarts(characters.keys()).map((s) => `${s}-${s + 255}`),
    );
    const extra = bundle.flatMap((r) => r.glyphs.filter((g) => !characters.has(g.id)).map((g) => `${String.fromCodePoint(g.id)} in ${r.range}`));
    expect(extra, `glyphs no label uses; rebuild with \`${REBUILD_COMMAND}\``).toEqual([]);
    // ~850 bytes a glyph: a bundle far beyond that per character carries something it should not
    expect(readFileSync(join(dir, GLYPH_BUNDLE_FILE)).length).toBeLessThan(1200 * bundle.reduce((n, r) => n + r.glyphs.length, 0));
  });

  it('stands Chinese on the Latin baseline, so mixed labels line up', () => {
    // a glyph's bottom edge, in px below the line's origin (MapLibre puts its top edge at -top)
    const bottom = (g: RangeGlyph) => -g.top + g.height;
    const baseline = bottom(committed.get('W'.codePointAt(0)!)!);
    const ideographs = [...committed.values()].filter((g) => g.id >= 0x4e00 && g.id <= 0x9fff);
    expect(ideographs.length).toBeGreaterThan(300);
    // the ideographic em box reaches 0.12 em below the Latin baseline (Noto Sans CJK: -120 of 1000)
    const lowest = Math.max(...ideographs.map(bottom));
    expect(Math.abs(lowest - (baseline + 0.12 * FONT_SIZE))).toBeLessThanOrEqual(1.5);
    expect(new Set(ideographs.map((g) => g.advance))).toEqual(new Set([FONT_SIZE]));
  });
});
