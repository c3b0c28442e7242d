import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FONTSTACK, GLYPHS_DIR } from '../../../tiles/glyphs/build-glyphs';
import { decodeGlyphRange, encodeGlyphRange } from '../../../tiles/glyphs/glyph-pbf';
import { GLYPH_BUNDLE_FILE, GLYPH_PROTOCOL, glyphBundleProtocol, httpGlyphUrl, splitGlyphBundle } from './glyph-bundle';

const glyph = (id: number) => ({ id, width: 1, height: 1, left: 0, top: -20, advance: 24, bitmap: new Uint8Array(49).fill(id % 256) });
const rangeFile = (start: number, ids: number[]) => encodeGlyphRange('Test Sans', start, start + 255, ids.map(glyph));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};
const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const url = (range: string) => `${GLYPH_PROTOCOL}://http://x/glyphs/Test Sans/${range}.pbf`;
const load = (protocol: ReturnType<typeof glyphBundleProtocol>, range: string) => protocol({ url: url(range) } as never, new AbortController());

afterEach(() => vi.unstubAllGlobals());

describe('glyph bundle', () => {
  const a = rangeFile(19968, [20044, 20056]);
  const b = rangeFile(38144, [38215]);

  it('cuts a bundle back into the range files it was made of', () => {
    const ranges = splitGlyphBundle(buffer(concat(a, b)));
    expect([...ranges.keys()]).toEqual(['19968-20223', '38144-38399']);
    expect(new Uint8Array(ranges.get('19968-20223')!)).toEqual(a);
    expect(new Uint8Array(ranges.get('38144-38399')!)).toEqual(b);
    expect(splitGlyphBundle(new ArrayBuffer(0)).size).toBe(0);
  });

  it('refuses bytes that are not a bundle', () => {
    expect(() => splitGlyphBundle(buffer(new Uint8Array([0x12, 0x01, 0x00])))).toThrow(/not a glyph bundle/);
    expect(() => splitGlyphBundle(buffer(a.subarray(0, a.length - 5)))).toThrow(RangeError);
  });

  it('splits the committed bundle into ranges MapLibre can read', () => {
    const ranges = splitGlyphBundle(buffer(new Uint8Array(readFileSync(join(GLYPHS_DIR, FONTSTACK, GLYPH_BUNDLE_FILE)))));
    expect(ranges.size).toBeGreaterThan(50);
    for (const [range, bytes] of ranges) {
      const decoded = decodeGlyphRange(new Uint8Array(bytes));
      expect(decoded.range).toBe(range);
      expect(decoded.glyphs.length).toBeGreaterThan(0);
    }
  });

  it('serves the bundle ranges from one download, a Latin range from its file, no other range', async () => {
    const fetched: string[] = [];
    const protocol = glyphBundleProtocol(async (u) => (fetched.push(u), buffer(concat(a, b))));
    expect(httpGlyphUrl(url('0-255'))).toBe('http://x/glyphs/Test Sans/0-255.pbf');
    const [first, second] = await Promise.all([load(protocol, '19968-20223'), load(protocol, '38144-38399')]);
    expect(new Uint8Array(first.data as ArrayBuffer)).toEqual(a);
    expect(new Uint8Array(second.data as ArrayBuffer)).toEqual(b);
    expect(fetched).toEqual([`http://x/glyphs/Test Sans/${GLYPH_BUNDLE_FILE}`]);

    const latin = rangeFile(0, [65]);
    vi.stubGlobal('fetch', async (u: string) => (fetched.push(u), new Response(buffer(latin))));
    expect(new Uint8Array((await load(protocol, '0-255')).data as ArrayBuffer)).toEqual(latin);
    expect(fetched.slice(1)).toEqual(['http://x/glyphs/Test Sans/0-255.pbf']);
    await expect(load(protocol, '65280-65535')).rejects.toThrow(/not in labels\.pbf/);
  });

  it('fetches a Latin range without waiting for the bundle, and fails the bundle ranges without it', async () => {
    const protocol = glyphBundleProtocol(() => new Promise((_, reject) => setTimeout(() => reject(new Error('offline')), 10)));
    vi.stubGlobal('fetch', async () => new Response(buffer(a)));
    expect(new Uint8Array((await load(protocol, '8192-8447')).data as ArrayBuffer)).toEqual(a);
    await expect(load(protocol, '19968-20223')).rejects.toThrow('offline');
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    await expect(load(protocol, '0-255')).rejects.toThrow(/HTTP 404/);
  });

  it('asks again after a failed bundle download, and a prefetch is the download the ranges then use', async () => {
    let calls = 0;
    const protocol = glyphBundleProtocol(async () => {
      calls++;
      if (calls === 1) throw new Error('offline');
      return buffer(concat(a, b));
    });
    await expect(load(protocol, '19968-20223')).rejects.toThrow('offline');
    protocol.prefetch(`http://x/glyphs/Test Sans/${GLYPH_BUNDLE_FILE}`);
    expect(calls).toBe(2);
    await load(protocol, '19968-20223');
    await load(protocol, '38144-38399');
    expect(calls).toBe(2);
  });
});
