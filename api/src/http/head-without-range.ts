/**
 * Range applies to GET only (RFC 9110 §14.2): a HEAD answers 200 with the whole length, never
 * 206. Dropping the header once here covers every handler, express.static's included.
 */
import type { RequestHandler } from 'express';

export const headWithoutRange: RequestHandler = (req, _res, next) => {
  if (req.method === 'HEAD') {
    delete req.headers.range;
    delete req.headers['if-range'];
  }
  next();
};
