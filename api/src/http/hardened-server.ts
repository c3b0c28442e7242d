/**
 * What Express cannot see: requests Node's HTTP parser refuses (bad request line, bad header
 * bytes, headers too large, too slow), an unknown `Expect`, a missing `Host`, clients holding
 * too many connections or not reading their answers. They get a problem+json answer like every
 * other error, with the data's security headers, and tight time limits so a slow client cannot
 * hold sockets open (slowloris) nor a non-reading one hold its answer.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { ConnectionCap } from './connection-cap';
import { dropStalledSenders } from './send-timeout';
import { rawProblem, writeProblem, type ServerProblem } from './server-problem';

export const SERVER_DEFAULTS = {
  /** ms for a client to send the whole request head */
  headersTimeout: 10_000,
  /** ms for the whole request (head and any body); answers are never slower than this */
  requestTimeout: 30_000,
  /** ms an idle keep-alive connection stays open: above the 60 s of common proxies */
  keepAliveTimeout: 65_000,
  /**
   * ms a connection may hold answer bytes the client does not take: no byte sent for this long
   * and the socket is destroyed (nginx's send_timeout). Checked every connectionsCheckingInterval.
   */
  sendTimeout: 30_000,
  /**
   * open connections per client address (IPv6 /64); more are answered 429 and closed. Browsers
   * open 6 per site, so this leaves room for ~20 people behind one NAT. Behind a reverse proxy
   * every connection comes from the proxy: raise it or set 0 (no cap).
   */
  maxConnectionsPerClient: 128,
  /** header lines read per request; more are dropped */
  maxHeadersCount: 100,
  /** ms between Node's checks of the timeouts above: it bounds how late they bite */
  connectionsCheckingInterval: 1000,
  /** ms a refused client has to read its answer before the socket is destroyed */
  lingerMs: 1000,
};

export type ServerOptions = typeof SERVER_DEFAULTS;

const STATUS_OF: Record<string, Omit<ServerProblem, 'slug'>> = {
  HPE_HEADER_OVERFLOW: { status: 431, title: 'Request Header Fields Too Large', detail: 'The request headers are too large.' },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, title: 'Request Timeout', detail: 'The request took too long to arrive.' },
  ERR_HTTP_HEADERS_TIMEOUT: { status: 408, title: 'Request Timeout', detail: 'The request headers took too long to arrive.' },
};

/** The raw answer to a request the parser refused: problem+json, then the socket closes. */
export function clientErrorResponse(code: string | undefined): string {
  return rawProblem(STATUS_OF[code ?? ''] ?? { status: 400, title: 'Bad Request', detail: 'The request is not valid HTTP/1.1.' });
}

/** An HTTP server for `app` with the limits above and problem+json for refused requests. */
export function createHardenedServer(app: RequestListener, options: Partial<ServerOptions> = {}): Server {
  const o = { ...SERVER_DEFAULTS, ...options };
  const cap = o.maxConnectionsPerClient > 0 ? new ConnectionCap(o.maxConnectionsPerClient) : null;
  const server = createServer(
    {
      headersTimeout: o.headersTimeout,
      requestTimeout: o.requestTimeout,
      keepAliveTimeout: o.keepAliveTimeout,
      connectionsCheckingInterval: o.connectionsCheckingInterval,
      // Node's own 400 for a missing Host has an empty body: checked below, as problem+json
      requireHostHeader: false,
    },
    (req, res) => {
      if (cap?.isRefused(req.socket)) return refuseOverCap(res, o.maxConnectionsPerClient);
      if (lacksHost(req)) {
        return writeProblem(res, { status: 400, title: 'Bad Request', slug: 'missing-host', detail: 'An HTTP/1.1 request must carry a Host header.' });
      }
      app(req, res);
    },
  );
  server.maxHeadersCount = o.maxHeadersCount;
  cap?.watch(server);
  if (o.sendTimeout > 0) dropStalledSenders(server, { sendTimeout: o.sendTimeout, checkInterval: o.connectionsCheckingInterval });

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
    answerAndClose(socket, rawProblem({ status: 405, title: 'Method Not Allowed', detail: 'CONNECT is not allowed here: this is not a proxy.' }), o.lingerMs);
  });
  // any Expect but 100-continue: unheard, Node answers an empty 417
  server.on('checkExpectation', (req: IncomingMessage, res: ServerResponse) => {
    const expect = String(req.headers.expect).slice(0, 80);
    writeProblem(res, { status: 417, title: 'Expectation Failed', detail: `The expectation "${expect}" cannot be met; only 100-continue is understood.` });
  });
  return server;
}

/** HTTP/1.1 requires Host (RFC 9112 §3.2); HTTP/1.0 may omit it. */
function lacksHost(req: IncomingMessage): boolean {
  return req.httpVersionMajor === 1 && req.httpVersionMinor >= 1 && req.headers.host === undefined;
}

function refuseOverCap(res: ServerResponse, max: number): void {
  writeProblem(
    res,
    { status: 429, title: 'Too Many Requests', slug: 'too-many-connections', detail: `Too many open connections from your address: at most ${max}. Close some and retry.` },
    { 'Retry-After': '1' },
  );
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

/**
 * Limits from the environment, for the server: `SEND_TIMEOUT_MS` and
 * `MAX_CONNECTIONS_PER_CLIENT` (0 turns either off, e.g. the cap behind a reverse proxy).
 */
export function serverOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<ServerOptions> {
  const options: Partial<ServerOptions> = {};
  const sendTimeout = wholeNumber(env, 'SEND_TIMEOUT_MS');
  if (sendTimeout !== undefined) options.sendTimeout = sendTimeout;
  const cap = wholeNumber(env, 'MAX_CONNECTIONS_PER_CLIENT');
  if (cap !== undefined) options.maxConnectionsPerClient = cap;
  return options;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name];
  if (text === undefined || text === '') return undefined;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, not "${text}"`);
  return value;
}
