/**
 * At most N open connections per client address (IPv6 by its /64, as the rate limit counts).
 * The rate limit bounds requests; this bounds what one client can hold at once: sockets, and
 * with them the answers queued for a client that does not read.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { clientKey } from './rate-limit';

export class ConnectionCap {
  private readonly open = new Map<string, number>();
  private readonly refused = new WeakSet<Socket>();

  constructor(private readonly maxPerClient: number) {}

  /** Counts `socket` against its client, or marks it refused when the client is at the cap. */
  admit(socket: Socket): void {
    const key = clientKey({ ip: socket.remoteAddress });
    const count = this.open.get(key) ?? 0;
    if (count >= this.maxPerClient) {
      this.refused.add(socket);
      return;
    }
    this.open.set(key, count + 1);
    socket.once('close', () => {
      const left = (this.open.get(key) ?? 1) - 1;
      if (left > 0) this.open.set(key, left);
      else this.open.delete(key);
    });
  }

  /** Whether this connection came over the cap: its requests are answered 429 and it closes. */
  isRefused(socket: Socket): boolean {
    return this.refused.has(socket);
  }

  /** Open connections counted for the client at `address` (tests and diagnostics). */
  countOf(address: string): number {
    return this.open.get(clientKey({ ip: address })) ?? 0;
  }

  watch(server: Server): this {
    server.on('connection', (socket: Socket) => this.admit(socket));
    return this;
  }
}
