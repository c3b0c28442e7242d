/**
 * Reading is open, writing is the exception: GET and HEAD go on, OPTIONS says what a path
 * allows, and a write goes on only where a write route is declared (`WriteRoute`), to be
 * authenticated there. Every other method on every other path (PUT on a layer, TRACE, …)
 * answers 405 problem+json with `Allow`, before any route runs or any body is read.
 */
import type { RequestHandler } from 'express';
import { problemBody, sendProblem } from './problem';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

/** Methods a path accepts beyond reading; `:name` stands for any one path segment. */
export interface WriteRoute {
  path: string;
  methods: readonly string[];
}

function segmentsOf(path: string): string[] {
  // as Express routes by default: case-insensitive, a trailing slash ignored
  return path.toLowerCase().replace(/(.)\/$/, '$1').split('/');
}

function matches(pattern: string[], path: string[]): boolean {
  return pattern.length === path.length && pattern.every((part, i) => (part.startsWith(':') ? path[i] !== '' : part === path[i]));
}

/** The write methods declared for a path, in declaration order. */
export function writeMethodsAt(writeRoutes: readonly WriteRoute[]): (path: string) => string[] {
  const routes = writeRoutes.map((r) => ({ pattern: segmentsOf(r.path), methods: r.methods.map((m) => m.toUpperCase()) }));
  return (path) => {
    const segments = segmentsOf(path);
    return [...new Set(routes.filter((r) => matches(r.pattern, segments)).flatMap((r) => r.methods))];
  };
}

export function methodGuard(writeRoutes: readonly WriteRoute[] = []): RequestHandler {
  const writesAt = writeMethodsAt(writeRoutes);
  return (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') return next();
    const writes = writesAt(req.path);
    if (writes.includes(req.method)) return next();
    const allow = [ALLOWED_METHODS, ...writes].join(', ');
    res.setHeader('Allow', allow);
    if (req.method === 'OPTIONS') {
      res.status(204).end();
      return;
    }
    const why = writes.length ? `this path allows ${allow}` : `the atlas is read-only here (${allow})`;
    sendProblem(res, problemBody(405, `${req.method.slice(0, 20)} is not allowed: ${why}.`, 'method-not-allowed'));
  };
}

/** No writes anywhere: what the atlas was before accounts, and what an app without them is. */
export const readOnly = methodGuard();
