/**
 * The glyph ranges of our labels' Chinese characters come as one file, `labels.pbf` beside the
 * Latin range files (tiles/glyphs/build-glyphs.ts): MapLibre asks for each 256-code-point
 * range separately, and ~65 small requests cost more load time than drawing the characters did.
 *
 * The bundle is the range files one after another, which is itself a glyph protobuf with one
 * `fontstack` entry per range (`glyphs { repeated fontstack stacks = 1 }`). The map's glyph URL
 * goes through the `atlas-glyphs` protocol: a Latin range is fetched from its own file, any other
 * is cut from the bundle, fetched once.
 */
import type { AddProtocolAction } from 'maplibre-gl';

export const GLYPH_PROTOCOL = 'atlas-glyphs';
export const GLYPH_BUNDLE_FILE = 'labels.pbf';
/**
 * Ranges shipped whole, each as a file of its own: Basic Latin + Latin-1, Latin Extended-A/B
 * (pinyin tones), combining marks, general punctuation. Every other range is in the bundle.
 */
export const WHOLE_RANGE_STARTS = [0, 256, 512, 768, 8192];

export class GlyphBundleError extends Error {
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`${url}: ${detail}`);
    this.name = 'GlyphBundleError';
  }
}

function readVarint(bytes: Uint8Array, at: { pos: number }): number {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    if (at.pos >= bytes.length) throw new RangeError('varint past the end');
    const b = bytes[at.pos++];
    value += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return value;
  }
}

/** Range ("19968-20223") → the bytes of that range's own file, cut from a bundle. */
export function splitGlyphBundle(bundle: ArrayBuffer): Map<string, ArrayBuffer> {
  const bytes = new Uint8Array(bundle);
  const ranges = new Map<string, ArrayBuffer>();
  const at = { pos: 0 };
  while (at.pos < bytes.length) {
    const start = at.pos;
    const key = readVarint(bytes, at);
    const end = readVarint(bytes, at) + at.pos;
    // field 1, length-delimited: a fontstack; whose field 2 names its range
    if (key !== 0x0a || end > bytes.length) throw new RangeError(`not a glyph bundle at byte ${start}`);
    const inner = { pos: at.pos };
    while (inner.pos < end) {
      const field = readVarint(bytes, inner);
      if ((field & 7) !== 2) throw new RangeError(`unexpected field ${field} at byte ${inner.pos}`);
      const length = readVarint(bytes, inner);
      if (field >> 3 === 2) {
        ranges.set(new TextDecoder().decode(bytes.subarray(inner.pos, inner.pos + length)), bundle.slice(start, end));
        break;
      }
      inner.pos += length;
    }
    at.pos = end;
  }
  return ranges;
}

/** `atlas-glyphs://http://host/glyphs/{fontstack}/{range}.pbf`: the HTTP URL behind the protocol's. */
export function httpGlyphUrl(url: string): string {
  return url.slice(`${GLYPH_PROTOCOL}://`.length);
}

async function fetchBytes(url: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new GlyphBundleError(url, `HTTP ${response.status}`);
  return response.arrayBuffer();
}

export type GlyphBundleProtocol = AddProtocolAction & {
  /** starts a bundle's download before MapLibre asks for its first range (`…/glyphs/<fontstack>/labels.pbf`) */
  prefetch(bundleUrl: string): void;
};

/** The protocol's loader; one bundle download per fontstack folder, shared by its ranges. */
export function glyphBundleProtocol(fetchBundle = fetchBytes): GlyphBundleProtocol {
  const bundles = new Map<string, Promise<Map<string, ArrayBuffer>>>();
  const bundle = (bundleUrl: string) => {
    let loading = bundles.get(bundleUrl);
    if (!loading) {
      // not tied to one request's signal: the other ranges wait for the same download; a failed
      // download is forgotten, so the next range asks again
      loading = fetchBundle(bundleUrl).then(splitGlyphBundle);
      loading.catch(() => bundles.delete(bundleUrl));
      bundles.set(bundleUrl, loading);
    }
    return loading;
  };
  const action: AddProtocolAction = async (params, abortController) => {
    const url = httpGlyphUrl(params.url);
    const range = /([^/]+)\.pbf$/.exec(url)?.[1] ?? '';
    if (WHOLE_RANGE_STARTS.includes(Number(range.split('-')[0]))) return { data: await fetchBytes(url, abortController.signal) };
    const found = (await bundle(url.replace(/[^/]+\.pbf$/, GLYPH_BUNDLE_FILE))).get(range);
    // MapLibre draws the characters of a range it cannot have with a local font, and warns
    if (!found) throw new GlyphBundleError(url, `range ${range} is not in ${GLYPH_BUNDLE_FILE}`);
    // a copy, so nothing MapLibre does with it can reach the bundle the next request cuts from
    return { data: found.slice(0) };
  };
  return Object.assign(action, {
    prefetch: (bundleUrl: string) => void bundle(bundleUrl).catch(() => undefined),
  });
}
