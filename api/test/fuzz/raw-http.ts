/**
 * HTTP/1.1 over a bare socket, so fuzz tests can send what an attacker sends: raw bytes in the
 * request target (NUL, backslashes, invalid or overlong UTF-8), any method, any header value.
 * Node's own client refuses most of these before they reach the wire.
 */
import net from 'node:net';

export interface RawRequest {
  method?: string;
  /** the request target exactly as sent: a string (latin1, byte per char) or bytes */
  target: string | Buffer;
  headers?: Record<string, string>;
  body?: Buffer | string;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  /** the whole answer as received, for leak checks (header and body) */
  raw: Buffer;
}

export class NoResponseError extends Error {
  constructor(readonly request: RawRequest, detail: string) {
    super(`no HTTP answer to ${request.method ?? 'GET'} ${String(request.target).slice(0, 200)}: ${detail}`);
    this.name = 'NoResponseError';
  }
}

export function encodeRequest(request: RawRequest): Buffer {
  const target = typeof request.target === 'string' ? Buffer.from(request.target, 'latin1') : request.target;
  const body = request.body === undefined ? undefined : Buffer.from(request.body);
  const headers: Record<string, string> = { Host: '127.0.0.1', Connection: 'close', ...request.headers };
  if (body && !Object.keys(headers).some((h) => /^(content-length|transfer-encoding)$/i.test(h))) headers['Content-Length'] = String(body.length);
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  return Buffer.concat([Buffer.from(`${request.method ?? 'GET'} `, 'latin1'), target, Buffer.from(` HTTP/1.1\r\n${head}\r\n`, 'latin1'), body ?? Buffer.alloc(0)]);
}

/** Sends one request on a fresh connection and reads the answer until the server closes it. */
export function rawRequest(port: number, request: RawRequest, timeoutMs = 10_000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => {
      socket.destroy();
      reject(new NoResponseError(request, `timed out after ${timeoutMs} ms`));
    });
    socket.on('connect', () => socket.write(encodeRequest(request)));
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // a server may close while we still write a large body (413): the answer already arrived
    socket.on('error', () => undefined);
    socket.on('close', () => {
      const raw = Buffer.concat(chunks);
      try {
        resolve(parseResponse(raw, request.method === 'HEAD'));
      } catch (error) {
        reject(new NoResponseError(request, (error as Error).message));
      }
    });
  });
}

export function parseResponse(raw: Buffer, isHead = false): RawResponse {
  const end = raw.indexOf('\r\n\r\n');
  if (end < 0) throw new Error(`incomplete answer (${raw.length} bytes)`);
  const [statusLine, ...lines] = raw.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (!status) throw new Error(`bad status line ${JSON.stringify(statusLine.slice(0, 80))}`);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  let body = raw.subarray(end + 4);
  if (isHead || Number(status) === 304 || Number(status) === 204) body = Buffer.alloc(0);
  else if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  else if (headers['content-length'] !== undefined) body = body.subarray(0, Number(headers['content-length']));
  return { status: Number(status), headers, body, raw };
}

function dechunk(bytes: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at);
    if (lineEnd < 0) break;
    const size = parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16);
    if (!size) break;
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size));
    at = lineEnd + 2 + size + 2;
  }
  return Buffer.concat(parts);
}
