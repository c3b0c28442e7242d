import type { Server } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/support/test-app';
import { createHardenedServer, SERVER_DEFAULTS, serverOptionsFromEnv } from './hardened-server';

let port = 0;
let server: Server;
beforeAll(async () => {
  server = createHardenedServer(testApp(), { headersTimeout: 500, requestTimeout: 1000, connectionsCheckingInterval: 100 });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function raw(bytes: string, { wait = 5000 } = {}): Promise<string> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(bytes));
    const chunks: Buffer[] = [];
    socket.setTimeout(wait, () => socket.destroy());
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    socket.on('error', () => undefined);
  });
}

/** Head fields of a raw answer, names lower-cased. */
function headOf(answer: string): Record<string, string> {
  const lines = answer.slice(0, answer.indexOf('\r\n\r\n')).split('\r\n').slice(1);
  return Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]));
}

/** Never an empty body: problem+json with the same security headers as every app answer. */
function expectProblem(answer: string, status: number): Record<string, unknown> {
  expect(answer.startsWith(`HTTP/1.1 ${status} `), answer.slice(0, 80)).toBe(true);
  const head = headOf(answer);
  expect(head['content-type']).toBe('application/problem+json; charset=utf-8');
  expect(head['content-security-policy']).toBe("default-src 'none';frame-ancestors 'none'");
  expect(head['x-content-type-options']).toBe('nosniff');
  expect(head['referrer-policy']).toBe('no-referrer');
  expect(head['x-frame-options']).toBeDefined();
  expect(head['permissions-policy']).toMatch(/camera=\(\)/);
  expect(head['cache-control']).toBe('no-store');
  const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
  expect(Number(head['content-length'])).toBe(Buffer.byteLength(body));
  const problem = JSON.parse(body);
  expect(problem).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//), title: expect.any(String), detail: expect.any(String) });
  return problem;
}

describe('requests the HTTP parser refuses', () => {
  it.each([
    ['a broken request line', 'GET /api/health HTTP/9.9 extra\r\n\r\n', 400],
    ['a request line with a bad method token', 'G(T /api/health HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a request line of spaces', '   \r\n\r\n', 400],
    ['a NUL in the path', 'GET /api/\0health HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a header without a colon', 'GET /api/health HTTP/1.1\r\nHost x\r\n\r\n', 400],
    ['two Content-Length', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 400],
    ['huge headers', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
  ])('answers %s with problem+json', async (_what, bytes, status) => {
    expectProblem(await raw(bytes), status);
  });

  it('drops a client that never finishes its headers (slowloris)', async () => {
    const started = Date.now();
    const answer = await raw('GET /api/health HTTP/1.1\r\nHost: x\r\n', { wait: 10_000 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });
});

describe('requests Node itself would refuse with an empty body', () => {
  it('answers an HTTP/1.1 request without Host 400 problem+json, and closes', async () => {
    const problem = expectProblem(await raw('GET /api/health HTTP/1.1\r\n\r\n'), 400);
    expect(problem).toMatchObject({ type: '/problems/missing-host', detail: expect.stringMatching(/Host/) });
    expect(headOf(await raw('GET /api/health HTTP/1.1\r\n\r\n')).connection).toBe('close');
  });

  it('answers a HEAD without Host with the problem\'s headers and no body', async () => {
    const answer = await raw('HEAD /api/health HTTP/1.1\r\n\r\n');
    expect(answer.startsWith('HTTP/1.1 400 ')).toBe(true);
    expect(headOf(answer)['content-type']).toBe('application/problem+json; charset=utf-8');
    expect(answer.endsWith('\r\n\r\n')).toBe(true);
  });

  it('serves an HTTP/1.0 request without Host: 1.0 does not require it', async () => {
    expect(await raw('GET /api/health HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 [^]*"status":"ok"/);
  });

  it.each([['bogus'], ['200-ok'], ['continue']])('answers Expect: %s with 417 problem+json', async (expectation) => {
    const problem = expectProblem(await raw(`GET /api/health HTTP/1.1\r\nHost: x\r\nExpect: ${expectation}\r\n\r\n`), 417);
    expect(problem).toMatchObject({ title: 'Expectation Failed', detail: expect.stringContaining(expectation) });
  });

  it('still serves Expect: 100-continue', async () => {
    const answer = await raw('GET /api/health HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue\r\n\r\nHTTP\/1\.1 200 /);
  });

  it('answers CONNECT 405 problem+json', async () => {
    expectProblem(await raw('CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n'), 405);
  });
});

describe('serverOptionsFromEnv', () => {
  it('reads SEND_TIMEOUT_MS and MAX_CONNECTIONS_PER_CLIENT, 0 turning either off', () => {
    expect(serverOptionsFromEnv({})).toEqual({});
    expect(serverOptionsFromEnv({ SEND_TIMEOUT_MS: '5000', MAX_CONNECTIONS_PER_CLIENT: '0' })).toEqual({ sendTimeout: 5000, maxConnectionsPerClient: 0 });
    expect(SERVER_DEFAULTS).toMatchObject({ sendTimeout: 30_000, maxConnectionsPerClient: 128 });
  });

  it.each([['SEND_TIMEOUT_MS', '-1'], ['SEND_TIMEOUT_MS', '1.5'], ['MAX_CONNECTIONS_PER_CLIENT', 'many']])('refuses %s=%s, naming it', (name, value) => {
    expect(() => serverOptionsFromEnv({ [name]: value })).toThrow(new RegExp(`^${name} must be a whole number`));
  });
});
