/**
 * Parses an HTTP Range header (RFC 9110 §14) against a representation of `size` bytes.
 * Pure: no I/O, no Express. The router turns the result into 200, 206 or 416.
 */

/** An inclusive byte range [start, end], as Content-Range writes it. */
export interface ByteRange {
  start: number;
  end: number;
}

export type RangeResult =
  /** no Range header, or one to ignore (another unit, bad syntax): serve the whole body */
  | { kind: 'ignore' }
  /** one satisfiable range: serve 206 with that slice */
  | { kind: 'single'; range: ByteRange }
  /** several ranges, some satisfiable: we do not build multipart, so serve the whole body */
  | { kind: 'multiple'; ranges: ByteRange[] }
  /** nothing requested can be served: 416 with `Content-Range: bytes *\/size` */
  | { kind: 'unsatisfiable' };

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
const INT_RANGE = /^(\d+)-(\d*)$/;
const SUFFIX_RANGE = /^-(\d+)$/;
const OWS = /^[ \t]+|[ \t]+$/g;

export function parseRange(header: string | undefined, size: number): RangeResult {
  if (header === undefined) return { kind: 'ignore' };
  const eq = header.indexOf('=');
  if (eq < 0) return { kind: 'ignore' };
  const unit = header.slice(0, eq);
  // range units are case-insensitive; we only know bytes (no whitespace around "=")
  if (!TOKEN.test(unit) || unit.toLowerCase() !== 'bytes') return { kind: 'ignore' };

  // the #rule allows empty list elements and optional whitespace around commas
  const specs = header
    .slice(eq + 1)
    .split(',')
    .map((s) => s.replace(OWS, ''))
    .filter((s) => s !== '');
  if (specs.length === 0) return { kind: 'ignore' };

  const satisfiable: ByteRange[] = [];
  for (const spec of specs) {
    const int = INT_RANGE.exec(spec);
    if (int) {
      const first = Number(int[1]);
      const last = int[2] === '' ? Infinity : Number(int[2]);
      if (last < first) return { kind: 'ignore' }; // an invalid range-spec voids the header
      if (first < size) satisfiable.push({ start: first, end: Math.min(last, size - 1) });
      continue;
    }
    const suffix = SUFFIX_RANGE.exec(spec);
    if (suffix) {
      const length = Number(suffix[1]);
      if (length > 0 && size > 0) satisfiable.push({ start: Math.max(0, size - length), end: size - 1 });
      continue;
    }
    return { kind: 'ignore' };
  }

  if (satisfiable.length === 0) return { kind: 'unsatisfiable' };
  if (specs.length === 1) return { kind: 'single', range: satisfiable[0] };
  return { kind: 'multiple', ranges: satisfiable };
}

export function contentRange(range: ByteRange, size: number): string {
  return `bytes ${range.start}-${range.end}/${size}`;
}

export function unsatisfiedRange(size: number): string {
  return `bytes */${size}`;
}
