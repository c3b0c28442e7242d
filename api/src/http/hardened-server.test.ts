import type { Server } from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/support/test-app';
import { createHardenedServer } from './hardened-server';

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

describe('requests the HTTP parser refuses', () => {
  it.each([
    ['a broken request line', 'GET /api/health HTTP/9.9 extra\r\n\r\n', 400],
    ['a NUL in the path', 'GET /api/\0health HTTP/1.1\r\nHost: x\r\n\r\n', 400],
    ['a header without a colon', 'GET /api/health HTTP/1.1\r\nHost x\r\n\r\n', 400],
    ['two Content-Length', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab', 400],
    ['huge headers', `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`, 431],
  ])('answers %s with problem+json', async (_what, bytes, status) => {
    const answer = await raw(bytes);
    expect(answer.startsWith(`HTTP/1.1 ${status} `)).toBe(true);
    expect(answer).toMatch(/Content-Type: application\/problem\+json; charset=utf-8/);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));
    expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
  });

  it('drops a client that never finishes its headers (slowloris)', async () => {
    const started = Date.now();
    const answer = await raw('GET /api/health HTTP/1.1\r\nHost: x\r\n', { wait: 10_000 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(answer === '' || answer.startsWith('HTTP/1.1 408')).toBe(true);
  });
});
