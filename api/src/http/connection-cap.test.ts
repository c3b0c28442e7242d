import type { Server } from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp } from '../../test/support/test-app';
import { ConnectionCap } from './connection-cap';
import { createHardenedServer } from './hardened-server';

const CAP = 3;
let server: Server;
let port = 0;
beforeAll(async () => {
  server = createHardenedServer(testApp(), { maxConnectionsPerClient: CAP });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** One keep-alive request on `socket`; resolves with the answer's head and body once whole. */
function ask(socket: Socket, target = '/api/health'): Promise<{ head: string; body: string }> {
  return new Promise((resolve) => {
    let text = '';
    const onData = (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const length = /content-length: (\d+)/i.exec(text);
      if (split === -1 || !length || Buffer.byteLength(text.slice(split + 4)) < Number(length[1])) return;
      socket.off('data', onData);
      resolve({ head: text.slice(0, split), body: text.slice(split + 4) });
    };
    socket.on('data', onData);
    socket.write(`GET ${target} HTTP/1.1\r\nHost: x\r\n\r\n`);
  });
}

async function open(): Promise<Socket> {
  const socket = net.connect(port, '127.0.0.1');
  socket.on('error', () => undefined);
  await new Promise((resolve) => socket.once('connect', resolve));
  return socket;
}

describe('connections per client', () => {
  it(`answers the connection past ${CAP} from one address 429 problem+json and closes it`, async () => {
    const held = await Promise.all(Array.from({ length: CAP }, open));
    for (const socket of held) expect((await ask(socket)).head).toMatch(/^HTTP\/1\.1 200 /);

    const extra = await open();
    const closed = new Promise((resolve) => extra.once('close', resolve));
    const refused = await ask(extra);
    expect(refused.head).toMatch(/^HTTP\/1\.1 429 /);
    expect(refused.head).toMatch(/\r\ncontent-type: application\/problem\+json; charset=utf-8/i);
    expect(refused.head).toMatch(/\r\nretry-after: 1/i);
    expect(refused.head).toMatch(/\r\ncontent-security-policy: default-src 'none'/i);
    expect(refused.head).toMatch(/\r\nx-content-type-options: nosniff/i);
    expect(JSON.parse(refused.body)).toMatchObject({ status: 429, type: '/problems/too-many-connections', title: 'Too Many Requests', detail: expect.stringMatching(/at most 3/) });
    await closed;

    // the held ones keep working; closing one frees a place
    expect((await ask(held[0])).head).toMatch(/^HTTP\/1\.1 200 /);
    const gone = new Promise((resolve) => held[1].once('close', resolve));
    held[1].destroy();
    await gone;
    let again: Socket | null = null;
    // the server sees the close a moment after the client
    for (let tries = 0; tries < 50; tries++) {
      again = await open();
      const answer = await ask(again);
      if (answer.head.startsWith('HTTP/1.1 200 ')) break;
      again.destroy();
      again = null;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(again).not.toBeNull();
    for (const socket of [...held, again!]) socket.destroy();
  });
});

describe('ConnectionCap', () => {
  it('counts open sockets per client address (IPv4-mapped as IPv4), and forgets closed ones', async () => {
    const cap = new ConnectionCap(2);
    const probe = net.createServer();
    cap.watch(probe as unknown as Server);
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const address = probe.address() as AddressInfo;
    const accepted: Socket[] = [];
    probe.on('connection', (s: Socket) => accepted.push(s));
    const clients = await Promise.all([0, 1, 2].map(() => new Promise<Socket>((resolve) => { const c = net.connect(address.port, '127.0.0.1', () => resolve(c)); })));
    while (accepted.length < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(cap.countOf('127.0.0.1')).toBe(2);
    expect(cap.countOf('::ffff:127.0.0.1')).toBe(2);
    expect(accepted.map((s) => cap.isRefused(s))).toEqual([false, false, true]);
    const closed = new Promise((resolve) => accepted[0].once('close', resolve));
    clients[0].destroy();
    accepted[0].destroy();
    await closed;
    expect(cap.countOf('127.0.0.1')).toBe(1);
    for (const socket of [...clients, ...accepted]) socket.destroy();
    await new Promise((resolve) => probe.close(resolve));
  });
});
