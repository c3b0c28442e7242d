/**
 * The atlas is read-only: GET and HEAD read, OPTIONS says so; every other method (POST, PUT,
 * PATCH, DELETE, TRACE, …) answers 405 problem+json with `Allow`, before any route runs.
 */
import type { RequestHandler } from 'express';
import { problemBody, sendProblem } from './problem';

export const ALLOWED_METHODS = 'GET, HEAD, OPTIONS';

export const readOnly: RequestHandler = (req, res, next) => {
  if (req.method === 'GET' || req.method === 'HEAD') return next();
  res.setHeader('Allow', ALLOWED_METHODS);
  if (req.method === 'OPTIONS') {
    res.status(204).end();
    return;
  }
  sendProblem(res, problemBody(405, `${req.method.slice(0, 20)} is not allowed here: the atlas is read-only (${ALLOWED_METHODS}).`, 'method-not-allowed'));
};
