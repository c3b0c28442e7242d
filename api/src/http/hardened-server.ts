/**
 * What Express cannot see: requests Node's HTTP parser refuses (bad request line, bad header
 * bytes, headers too large, too slow). They get a problem+json answer like every other error,
 * and tight time limits so a slow client cannot hold sockets open (slowloris).
 */
import { createServer, type RequestListener, type Server } from 'node:http';
import type { Duplex } from 'node:stream';

export const SERVER_DEFAULTS = {
  /** ms for a client to send the whole request head */
  headersTimeout: 10_000,
  /** ms for the whole request (head and any body); answers are never slower than this */
  requestTimeout: 30_000,
  /** ms an idle keep-alive connection stays open: above the 60 s of common proxies */
  keepAliveTimeout: 65_000,
  /** header lines read per request; more are dropped */
  maxHeadersCount: 100,
  /** ms between Node's checks of the two timeouts above: it bounds how late they bite */
  connectionsCheckingInterval: 1000,
  /** ms a refused client has to read its answer before the socket is destroyed */
  lingerMs: 1000,
};

const STATUS_OF: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'The request headers are too large.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'The request took too long to arrive.'],
  ERR_HTTP_HEADERS_TIMEOUT: [408, 'Request Timeout', 'The request headers took too long to arrive.'],
};

/** The raw answer to a request the parser refused: problem+json, then the socket closes. */
export function clientErrorResponse(code: string | undefined): string {
  const [status, title, detail] = STATUS_OF[code ?? ''] ?? [400, 'Bad Request', 'The request is not valid HTTP/1.1.'];
  return rawProblem(status, title, detail);
}

function rawProblem(status: number, title: string, detail: string): string {
  const body = JSON.stringify({ type: `/problems/${title.toLowerCase().replace(/\s+/g, '-')}`, title, status, detail });
  return [
    `HTTP/1.1 ${status} ${title}`,
    'Content-Type: application/problem+json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'Cache-Control: no-store',
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/** An HTTP server for `app` with the limits above and problem+json for refused requests. */
export function createHardenedServer(app: RequestListener, options: Partial<typeof SERVER_DEFAULTS> = {}): Server {
  const o = { ...SERVER_DEFAULTS, ...options };
  const server = createServer(
    { headersTimeout: o.headersTimeout, requestTimeout: o.requestTimeout, keepAliveTimeout: o.keepAliveTimeout, connectionsCheckingInterval: o.connectionsCheckingInterval },
    app,
  );
  server.maxHeadersCount = o.maxHeadersCount;
  server.on('clientError', (err: NodeJS.ErrnoException, socket: Duplex) => {
    const response = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (err.code === 'ECONNRESET' || !socket.writable || response?.headersSent) {
      socket.destroy();
      return;
    }
    answerAndClose(socket, clientErrorResponse(err.code), o.lingerMs);
  });
  // Node hands CONNECT to this event and, unheard, drops the socket without an answer
  server.on('connect', (_req, socket: Duplex) => {
    answerAndClose(socket, rawProblem(405, 'Method Not Allowed', 'CONNECT is not allowed here: this is not a proxy.'), o.lingerMs);
  });
  return server;
}

/**
 * Writes the answer and half-closes. The parser no longer reads this socket, so a client still
 * sending a body would keep it open for ever: discard what arrives, and destroy it soon.
 */
function answerAndClose(socket: Duplex, response: string, lingerMs: number): void {
  socket.end(response);
  socket.resume();
  setTimeout(() => socket.destroy(), lingerMs).unref();
}
