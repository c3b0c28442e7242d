/**
 * The glyph range protobuf MapLibre fetches from `glyphs` URLs:
 *   glyphs { repeated fontstack stacks = 1 }
 *   fontstack { string name = 1; string range = 2; repeated glyph glyphs = 3 }
 *   glyph { uint32 id = 1; bytes bitmap = 2; uint32 width = 3; uint32 height = 4;
 *           sint32 left = 5; sint32 top = 6; uint32 advance = 7 }
 */
import { PbfReader, PbfWriter } from 'pbf';
import type { SdfGlyph } from './glyph-sdf';

export interface RangeGlyph extends SdfGlyph {
  id: number;
}

export function encodeGlyphRange(fontstack: string, start: number, end: number, glyphs: readonly RangeGlyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(1, (_: unknown, w: PbfWriter) => {
    w.writeStringField(1, fontstack);
    w.writeStringField(2, `${start}-${end}`);
    for (const g of glyphs) {
      w.writeMessage(3, (glyph: RangeGlyph, gw: PbfWriter) => {
        gw.writeVarintField(1, glyph.id);
        if (glyph.bitmap.length > 0) gw.writeBytesField(2, glyph.bitmap);
        gw.writeVarintField(3, glyph.width);
        gw.writeVarintField(4, glyph.height);
        gw.writeSVarintField(5, glyph.left);
        gw.writeSVarintField(6, glyph.top);
        gw.writeVarintField(7, glyph.advance);
      }, g);
    }
  }, null);
  return pbf.finish();
}

export interface DecodedRange {
  name: string;
  range: string;
  glyphs: RangeGlyph[];
}

/** Reads a glyph range back (tests and checks; MapLibre has its own reader). */
export function decodeGlyphRange(bytes: Uint8Array): DecodedRange {
  return decodeGlyphStacks(bytes)[0] ?? { name: '', range: '', glyphs: [] };
}

/** Every fontstack entry of a glyph protobuf: one for a range file, one per range for a bundle. */
export function decodeGlyphStacks(bytes: Uint8Array): DecodedRange[] {
  const stacks: DecodedRange[] = [];
  const pbf = new PbfReader(bytes);
  pbf.readFields((tag, _, r) => {
    if (tag !== 1) return;
    const out: DecodedRange = { name: '', range: '', glyphs: [] };
    r.readMessage((t, __, rr) => {
      if (t === 1) out.name = rr.readString();
      else if (t === 2) out.range = rr.readString();
      else if (t === 3) {
        const g: RangeGlyph = { id: 0, width: 0, height: 0, left: 0, top: 0, advance: 0, bitmap: new Uint8Array(0) };
        rr.readMessage((k, ___, gr) => {
          if (k === 1) g.id = gr.readVarint();
          else if (k === 2) g.bitmap = gr.readBytes();
          else if (k === 3) g.width = gr.readVarint();
          else if (k === 4) g.height = gr.readVarint();
          else if (k === 5) g.left = gr.readSVarint();
          else if (k === 6) g.top = gr.readSVarint();
          else if (k === 7) g.advance = gr.readVarint();
        }, g);
        out.glyphs.push(g);
      }
    }, null);
    stacks.push(out);
  }, null);
  return stacks;
}
