import type { Server } from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/support/test-app';
import { createHardenedServer } from './hardened-server';

// small enough for a quick test, large against the event-loop stalls of a busy machine
const SEND_TIMEOUT = 1000;
const CHECK_INTERVAL = 100;
// ~580 KB each: twenty are far more than the kernel's socket buffers hold on loopback
const EXPORT = 'GET /api/export HTTP/1.1\r\nHost: x\r\n\r\n';
const pipelined = (n: number) => EXPORT.repeat(n - 1) + EXPORT.replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n');

let server: Server;
let port = 0;
const accepted: Socket[] = [];
beforeAll(async () => {
  server = createHardenedServer(testApp(), { sendTimeout: SEND_TIMEOUT, connectionsCheckingInterval: CHECK_INTERVAL });
  server.on('connection', (socket: Socket) => accepted.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** Connects, sends `bytes`, and gives the server's side of the connection once it is accepted. */
async function connect(bytes: string): Promise<{ client: Socket; serverSide: Socket }> {
  const before = accepted.length;
  const client = net.connect(port, '127.0.0.1');
  client.on('error', () => undefined);
  await new Promise((resolve) => client.once('connect', resolve));
  client.write(bytes);
  while (accepted.length === before) await new Promise((resolve) => setTimeout(resolve, 5));
  return { client, serverSide: accepted[before] };
}

describe('the send timeout', () => {
  it(`destroys the socket of a client that stops reading, ${SEND_TIMEOUT} ms after its answer stalls`, async () => {
    const { client, serverSide } = await connect(pipelined(20));
    client.pause();
    // the answer really did back up on the server: unsent bytes waiting on the socket
    let stalledSince = 0;
    let mostQueued = 0;
    const sampler = setInterval(() => {
      mostQueued = Math.max(mostQueued, serverSide.writableLength);
      if (serverSide.writableLength > 0 && !stalledSince) stalledSince = performance.now();
    }, 10);
    const closedAt = await new Promise<number>((resolve) => serverSide.once('close', () => resolve(performance.now())));
    clearInterval(sampler);
    client.destroy();

    expect(mostQueued).toBeGreaterThan(0);
    const held = closedAt - stalledSince;
    // never before the timeout; within it plus two checks (and room for a loaded machine)
    expect(held).toBeGreaterThanOrEqual(SEND_TIMEOUT - CHECK_INTERVAL);
    expect(held).toBeLessThan(SEND_TIMEOUT + 2 * CHECK_INTERVAL + 3000);
  });

  it('never cuts a slow client that keeps reading, however long the download', async () => {
    const { client, serverSide } = await connect(pipelined(10));
    let received = 0;
    let mostQueued = 0;
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
    const started = performance.now();
    // 32 KB every 10 ms, ~3 MB/s: far slower than the server writes, so its answers queue up,
    // yet every check sees some of them leave
    const reader = setInterval(() => {
      mostQueued = Math.max(mostQueued, serverSide.writableLength);
      const chunk = client.read(32 * 1024) ?? client.read();
      if (chunk) received += (chunk as Buffer).length;
    }, 10);
    await ended;
    clearInterval(reader);
    client.destroy();

    expect(received).toBeGreaterThan(10 * 500_000);
    expect(mostQueued).toBeGreaterThan(0);
    // the download outlasted the timeout, so the timeout really was in force throughout
    expect(performance.now() - started).toBeGreaterThan(2 * SEND_TIMEOUT);
  }, 60_000);
});
