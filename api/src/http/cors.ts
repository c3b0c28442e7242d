/**
 * Cross-origin reads of the public data. `/api/*` and `/tiles/*` are read-only, carry no
 * cookies or credentials and hold only published data, so any origin may GET them (a notebook,
 * a MapLibre page elsewhere reading our PMTiles by Range). The web app itself (`/`, assets) is
 * same-origin only. QGIS and scripts need none of this: CORS binds browsers only.
 */
import type { RequestHandler } from 'express';

export const CORS_DEFAULTS = {
  /** path prefixes open to every origin */
  openPrefixes: ['/api/', '/tiles/'],
  methods: 'GET, HEAD, OPTIONS',
  /** what a cross-origin client may send: ranges and revalidation */
  allowHeaders: 'Range, If-None-Match, If-Modified-Since, If-Match, If-Unmodified-Since, If-Range, Accept',
  /** what it may read beyond the safelisted headers (the pmtiles client needs ETag and Content-Range) */
  exposeHeaders: 'ETag, Content-Range, Accept-Ranges, Content-Disposition, Retry-After',
  /** how long a browser may cache a preflight answer, seconds */
  maxAge: 86_400,
};

export function cors(options: Partial<typeof CORS_DEFAULTS> = {}): RequestHandler {
  const o = { ...CORS_DEFAULTS, ...options };
  return (req, res, next) => {
    if (!o.openPrefixes.some((prefix) => req.path.startsWith(prefix))) return next();
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Access-Control-Expose-Headers', o.exposeHeaders);
    // the same data may be read cross-origin with CORS, so a no-cors read reveals nothing more
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined) {
      res.setHeader('Access-Control-Allow-Methods', o.methods);
      res.setHeader('Access-Control-Allow-Headers', o.allowHeaders);
      res.setHeader('Access-Control-Max-Age', String(o.maxAge));
      res.setHeader('Allow', o.methods);
      res.status(204).end();
      return;
    }
    next();
  };
}
