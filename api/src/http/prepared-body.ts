/**
 * Large JSON answers that never change while the server runs (a layer, a document) are
 * serialised and gzipped once at start-up and served with a strong ETag, so a request costs
 * a header comparison and a write, not a JSON.stringify.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';

export interface PreparedBody {
  identity: Buffer;
  gzip: Buffer;
  etag: string;
  contentType: string;
}

export function prepareJson(value: unknown, contentType = 'application/json; charset=utf-8'): PreparedBody {
  const identity = Buffer.from(JSON.stringify(value));
  const etag = `"${createHash('sha1').update(identity).digest('base64url')}"`;
  return { identity, gzip: gzipSync(identity, { level: 9 }), etag, contentType };
}

export function sendPrepared(req: Request, res: Response, body: PreparedBody): void {
  res.setHeader('ETag', body.etag);
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Content-Type', body.contentType);
  if (etagMatches(req.headers['if-none-match'], body.etag)) {
    res.status(304).end();
    return;
  }
  const gzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
  const bytes = gzip ? body.gzip : body.identity;
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
