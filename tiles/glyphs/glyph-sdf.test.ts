import { describe, expect, it } from 'vitest';
import { flattenPath } from './glyph-outline';
import { decodeGlyphRange, encodeGlyphRange } from './glyph-pbf';
import { BORDER, sdfGlyph, winding } from './glyph-sdf';

// a 10 × 10 px square standing on the baseline (y down: from y = -10 to 0)
const square = flattenPath([
  { type: 'M', x: 0, y: 0 },
  { type: 'L', x: 10, y: 0 },
  { type: 'L', x: 10, y: -10 },
  { type: 'L', x: 0, y: -10 },
  { type: 'Z' },
]);

describe('glyph SDF', () => {
  it('flattens paths into closed contours, curves into pieces', () => {
    expect(square).toHaveLength(1);
    expect(square[0]).toHaveLength(4);
    const curve = flattenPath([{ type: 'M', x: 0, y: 0 }, { type: 'Q', x1: 5, y1: -10, x: 10, y: 0 }, { type: 'Z' }]);
    expect(curve[0].length).toBeGreaterThan(4);
  });

  it('knows inside from outside by winding', () => {
    expect(winding(5, -5, square)).not.toBe(0);
    expect(winding(15, -5, square)).toBe(0);
  });

  it('sizes the bitmap with a 3 px border and puts the edge at 192', () => {
    const g = sdfGlyph(square, 12, 26);
    expect([g.width, g.height, g.left, g.advance]).toEqual([10, 10, 0, 12]);
    expect(g.top).toBe(10 - 26);
    const w = g.width + 2 * BORDER;
    expect(g.bitmap.length).toBe(w * (g.height + 2 * BORDER));
    const at = (col: number, row: number) => g.bitmap[row * w + col];
    expect(at(8, 8)).toBeGreaterThan(192); // inside
    expect(at(0, 0)).toBeLessThan(150); // far outside, in the border
    // pixel centres half a pixel either side of the left edge straddle 192
    expect(at(BORDER - 1, 8)).toBeLessThan(192);
    expect(at(BORDER, 8)).toBeGreaterThan(192);
  });

  it('writes a blank glyph (space) with no bitmap', () => {
    const g = sdfGlyph([], 6.2, 26);
    expect(g.bitmap.length).toBe(0);
    expect(g.advance).toBe(6);
  });

  it('round-trips a glyph range through the protobuf encoding', () => {
    const g = { id: 65, ...sdfGlyph(square, 12, 26) };
    const back = decodeGlyphRange(encodeGlyphRange('Test Sans', 0, 255, [g, { id: 32, ...sdfGlyph([], 6, 26) }]));
    expect(back.name).toBe('Test Sans');
    expect(back.range).toBe('0-255');
    expect(back.glyphs[0]).toEqual(g);
    expect(back.glyphs[1]).toMatchObject({ id: 32, width: 0, advance: 6 });
  });
});

describe('committed glyphs', () => {
  it('match a rebuild of the Basic Latin range', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { buildGlyphs, FONTSTACK, GLYPHS_DIR } = await import('./build-glyphs');
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const out = mkdtempSync(join(tmpdir(), 'glyphs-'));
    buildGlyphs({ outDir: out, starts: [0] });
    const rebuilt = readFileSync(join(out, FONTSTACK, '0-255.pbf'));
    const committed = readFileSync(join(GLYPHS_DIR, FONTSTACK, '0-255.pbf'));
    expect(rebuilt.equals(committed)).toBe(true);
    const decoded = decodeGlyphRange(new Uint8Array(committed));
    expect(decoded.name).toBe(FONTSTACK);
    expect(decoded.glyphs.map((g) => g.id)).toContain('A'.charCodeAt(0));
  });
});
