/**
 * Security headers for every response, errors, 206, 304 and 416 included (this runs first).
 *
 * Data (/api, /tiles) is never a document, so it gets the shortest policy that forbids
 * everything, `default-src 'none'` (OWASP's advice for APIs), and saves the web app's long
 * policy on every one of thousands of tile and API answers.
 *
 * The CSP allows our own origin only, with no inline script or style: the build emits none,
 * MapLibre's worker is our own hashed `.mjs` asset (same-origin `new Worker(url, {type:
 * 'module'})`, so no blob: workers), and styles MapLibre and React set from script go through
 * the CSSOM, which CSP does not govern. MapLibre decodes images through blob: URLs (img-src).
 * Checked in Chromium by scripts/bench/browser-bench.ts (no securitypolicyviolation).
 */
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  workerSrc: ["'self'"],
  connectSrc: ["'self'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  styleSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameSrc: ["'none'"],
  baseUri: ["'none'"],
  frameAncestors: ["'none'"],
  formAction: ["'self'"],
};

export const DATA_CSP_DIRECTIVES = {
  defaultSrc: ["'none'"],
  frameAncestors: ["'none'"],
};

const withPolicy = (directives: Record<string, string[]>) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    // we embed nothing cross-origin, but COEP would also stop others embedding our public tiles
    crossOriginEmbedderPolicy: false,
  });
const appHeaders = withPolicy(CSP_DIRECTIVES);
const dataHeaders = withPolicy(DATA_CSP_DIRECTIVES);
const isData = (path: string) => path.startsWith('/api/') || path.startsWith('/tiles/');

/** A map of a place needs no camera, microphone, position or payment; helmet sets no Permissions-Policy. */
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

export const securityHeaders: RequestHandler = (req, res, next) => {
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  (isData(req.path) ? dataHeaders : appHeaders)(req, res, next);
};

/**
 * The data policy's headers as a plain list, for answers written before Express runs (parser
 * refusals, 417, a missing Host, too many connections): the same helmet set, recorded once.
 */
export const DATA_SECURITY_HEADERS: Readonly<Record<string, string>> = (() => {
  const headers: Record<string, string> = { 'Permissions-Policy': PERMISSIONS_POLICY };
  const recorder = {
    setHeader: (name: string, value: string) => void (headers[name] = String(value)),
    removeHeader: (name: string) => void delete headers[name],
  };
  dataHeaders({} as never, recorder as never, () => undefined);
  return Object.freeze(headers);
})();
