/**
 * Reads read no request body. A body over `maxBytes` (declared by Content-Length, or counted
 * as a chunked body arrives) answers 413 problem+json and closes the connection, so nobody can
 * make the server read a large upload. Declared write routes (`except`) are left to their own
 * body parser and its limit: counting a chunked body here would consume it before the route.
 */
import type { RequestHandler } from 'express';
import { problemBody, sendProblem } from './problem';
import { writeMethodsAt, type WriteRoute } from './read-only';

export const BODY_LIMIT_DEFAULTS = {
  /** bytes of body tolerated (and ignored): enough for a client that sends `{}` out of habit */
  maxBytes: 1024,
  /** ms after the 413 is sent before a client still uploading is cut off */
  lingerMs: 1000,
  /** writes that read their body themselves (with their own limit) */
  except: [] as readonly WriteRoute[],
};

export function bodyLimit(options: Partial<typeof BODY_LIMIT_DEFAULTS> = {}): RequestHandler {
  const { maxBytes, lingerMs, except } = { ...BODY_LIMIT_DEFAULTS, ...options };
  const writesAt = writeMethodsAt(except);
  const tooLarge = (req: Parameters<RequestHandler>[0], res: Parameters<RequestHandler>[1]) => {
    res.setHeader('Connection', 'close');
    // the rest of the upload is discarded as it comes, for a moment, so the client can read the 413
    req.resume();
    res.once('finish', () => setTimeout(() => req.socket.destroy(), lingerMs).unref());
    sendProblem(res, problemBody(413, `This server accepts no request body over ${maxBytes} bytes; the atlas is read-only.`, 'content-too-large'));
  };

  return (req, res, next) => {
    if (except.length && writesAt(req.path).includes(req.method)) return next();
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > maxBytes) return tooLarge(req, res);
    // Node's parser has already refused a Content-Length together with Transfer-Encoding
    if (req.headers['transfer-encoding'] === undefined) return next();

    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received > maxBytes) {
        done();
        tooLarge(req, res);
      }
    };
    const onEnd = () => {
      done();
      next();
    };
    const onError = () => {
      done();
      req.destroy();
    };
    const done = () => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  };
}
