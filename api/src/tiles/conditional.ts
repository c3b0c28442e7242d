/**
 * HTTP conditional requests (RFC 9110 §13) for a static representation with a strong ETag
 * and a Last-Modified date: which status the preconditions lead to, and whether If-Range
 * lets a Range header through. Pure functions over header strings.
 */

export interface Validators {
  /** strong entity tag, quoted: "abc" */
  etag: string;
  lastModified: Date;
}

/** Split an entity-tag list (`"a", W/"b"`) into its tags; `*` stays as '*'. */
export function parseEtagList(value: string): string[] {
  const tags: string[] = [];
  const re = /\s*(\*|(?:W\/)?"[^"]*")\s*(?:,|$)/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < value.length && (m = re.exec(value))) tags.push(m[1]);
  return tags;
}

const opaque = (tag: string) => (tag.startsWith('W/') ? tag.slice(2) : tag);

/** Weak comparison: equal opaque tags, W/ or not (used by If-None-Match). */
export function weakMatch(list: string, etag: string): boolean {
  return parseEtagList(list).some((t) => t === '*' || opaque(t) === opaque(etag));
}

/** Strong comparison: both tags strong and equal (used by If-Match and If-Range). */
export function strongMatch(list: string, etag: string): boolean {
  return parseEtagList(list).some((t) => t === '*' || (!t.startsWith('W/') && t === etag));
}

function parseHttpDate(value: string | undefined): number | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

const seconds = (d: Date) => Math.floor(d.getTime() / 1000) * 1000;

export type PreconditionOutcome = 'proceed' | 'not-modified' | 'precondition-failed';

type Headers = Record<string, string | string[] | undefined>;
const header = (h: Headers, name: string) => {
  const v = h[name];
  return Array.isArray(v) ? v.join(', ') : v;
};

/** RFC 9110 §13.2.2 order: If-Match, If-Unmodified-Since, If-None-Match, If-Modified-Since. */
export function evaluatePreconditions(headers: Headers, v: Validators, method: string): PreconditionOutcome {
  const ifMatch = header(headers, 'if-match');
  if (ifMatch !== undefined) {
    if (!strongMatch(ifMatch, v.etag)) return 'precondition-failed';
  } else {
    const since = parseHttpDate(header(headers, 'if-unmodified-since'));
    if (since !== null && seconds(v.lastModified) > since) return 'precondition-failed';
  }
  const ifNoneMatch = header(headers, 'if-none-match');
  const readOnly = method === 'GET' || method === 'HEAD';
  if (ifNoneMatch !== undefined) {
    if (weakMatch(ifNoneMatch, v.etag)) return readOnly ? 'not-modified' : 'precondition-failed';
  } else if (readOnly) {
    const since = parseHttpDate(header(headers, 'if-modified-since'));
    if (since !== null && seconds(v.lastModified) <= since) return 'not-modified';
  }
  return 'proceed';
}

/**
 * Whether a Range header may be honoured: yes without If-Range; with it, only if it names
 * the current representation (strong ETag match, or exactly our Last-Modified date).
 */
export function rangeAllowed(headers: Headers, v: Validators): boolean {
  const ifRange = header(headers, 'if-range');
  if (ifRange === undefined) return true;
  const trimmed = ifRange.trim();
  if (trimmed.startsWith('"') || trimmed.startsWith('W/')) {
    return !trimmed.startsWith('W/') && trimmed === v.etag;
  }
  const date = parseHttpDate(trimmed);
  return date !== null && date === seconds(v.lastModified);
}
