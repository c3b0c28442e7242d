/**
 * Fewer, larger requests: the byte ranges of the tiles an extract needs, merged where they lie
 * close together in the archive. A clustered archive stores neighbouring tiles next to each other,
 * so a region's tiles of one zoom come in a few long runs; one request per tile would be tens of
 * thousands of round trips to a distant server.
 */

export interface ByteSpan {
  offset: number;
  length: number;
}

export const RANGE_DEFAULTS = {
  /** read through a gap this small rather than start another request */
  maxGapBytes: 64 * 1024,
  /** but never ask for more than this in one request */
  maxRequestBytes: 8 * 1024 * 1024,
};

/** Spans (any order, duplicates allowed) → sorted, merged request ranges covering all of them. */
export function mergeSpans(spans: readonly ByteSpan[], options: Partial<typeof RANGE_DEFAULTS> = {}): ByteSpan[] {
  const { maxGapBytes, maxRequestBytes } = { ...RANGE_DEFAULTS, ...options };
  const sorted = [...spans].filter((s) => s.length > 0).sort((a, b) => a.offset - b.offset || b.length - a.length);
  const out: ByteSpan[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    const end = span.offset + span.length;
    const lastEnd = last ? last.offset + last.length : 0;
    // overlapping spans (a tile stored once for several entries) always share a request
    const overlaps = last && span.offset < lastEnd;
    const near = last && span.offset <= lastEnd + maxGapBytes && Math.max(end, lastEnd) - last.offset <= maxRequestBytes;
    if (last && (overlaps || near)) {
      last.length = Math.max(end, lastEnd) - last.offset;
    } else {
      out.push({ offset: span.offset, length: span.length });
    }
  }
  return out;
}
