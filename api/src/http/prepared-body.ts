/**
 * Large JSON answers that never change while the server runs (a layer, a document) are
 * serialised and gzipped once at start-up and served with a strong ETag, so a request costs
 * a header comparison and a write, not a JSON.stringify. Answers made on demand (a search,
 * answer-cache.ts) are served the same way, gzipped when a client first accepts it.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface PreparedBody {
  identity: Buffer;
  /** made ahead by prepareBytes; left out, it is made (and kept) for the first client that accepts gzip */
  gzip?: Buffer;
  etag: string;
  contentType: string;
  /** default `no-cache`: revalidate with the ETag every time */
  cacheControl?: string;
}

export function prepareBytes(identity: Buffer, contentType: string, cacheControl?: string): PreparedBody {
  const etag = `"${createHash('sha1').update(identity).digest('base64url')}"`;
  return { identity, gzip: gzipSync(identity, { level: 9 }), etag, contentType, cacheControl };
}

export function prepareJson(value: unknown, contentType = 'application/json; charset=utf-8'): PreparedBody {
  return prepareBytes(Buffer.from(JSON.stringify(value)), contentType);
}

/** An answer made on demand, from its JSON text: an ETag now, gzip only if a client asks for it. */
export function prepareJsonText(json: string): PreparedBody {
  const identity = Buffer.from(json);
  return { identity, etag: `"${createHash('sha1').update(identity).digest('base64url')}"`, contentType: 'application/json; charset=utf-8' };
}

export function sendPrepared(req: Request, res: Response, body: PreparedBody): void {
  res.setHeader('ETag', body.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', body.cacheControl ?? 'no-cache');
  res.setHeader('Content-Type', body.contentType);
  if (etagMatches(req.headers['if-none-match'], body.etag)) {
    res.status(304).end();
    return;
  }
  const gzip = acceptsGzip(req.headers['accept-encoding']);
  const bytes = gzip ? (body.gzip ??= gzipSync(body.identity)) : body.identity;
  if (gzip) res.setHeader('Content-Encoding', 'gzip');
  res.setHeader('Content-Length', bytes.length);
  res.status(200).end(req.method === 'HEAD' ? undefined : bytes);
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** RFC 9110 §12.5.3: gzip is acceptable when listed (or covered by `*`) with a non-zero q. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  let star: boolean | null = null;
  for (const part of header.split(',')) {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const accepted = q === undefined || Number(q.slice(2)) > 0;
    if (coding.trim() === 'gzip' || coding.trim() === 'x-gzip') return accepted;
    if (coding.trim() === '*') star = accepted;
  }
  return star ?? false;
}
