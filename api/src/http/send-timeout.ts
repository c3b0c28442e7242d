/**
 * The send side's timeout, which Node lacks: `requestTimeout` and `keepAliveTimeout` stop once
 * the answer is written, so a client that stops reading keeps its socket and the megabytes
 * queued on it for ever. Like nginx's `send_timeout`, a connection whose queued answer makes no
 * progress towards the client for `sendTimeout` ms is destroyed; a slow reader that keeps
 * reading is never cut, however long its download takes.
 */
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export interface SendTimeoutOptions {
  /** ms a connection may hold unsent answer bytes without sending any of them */
  sendTimeout: number;
  /** ms between checks: a stalled client is dropped at most this late */
  checkInterval: number;
}

interface Progress {
  /** bytes whose write has completed */
  completed: number;
  /** bytes libuv still holds of the write in flight (falls as the kernel takes them) */
  inFlight: number;
  /** when this state was first seen */
  since: number;
}

/** Bytes accepted by the kernel, as far as Node tells: completed writes, and the in-flight one's rest. */
function progressOf(socket: Socket): Omit<Progress, 'since'> {
  const handle = (socket as Socket & { _handle?: { writeQueueSize?: number } | null })._handle;
  return { completed: (socket.bytesWritten ?? 0) - socket.writableLength, inFlight: handle?.writeQueueSize ?? 0 };
}

/** Watches every connection of `server`; returns a function that stops watching. */
export function dropStalledSenders(server: Server, { sendTimeout, checkInterval }: SendTimeoutOptions): () => void {
  const sockets = new Map<Socket, Progress | null>();
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, null);
    socket.once('close', () => sockets.delete(socket));
  });

  const check = () => {
    const now = performance.now();
    for (const [socket, previous] of sockets) {
      if (socket.writableLength === 0 || socket.destroyed) {
        sockets.set(socket, null);
        continue;
      }
      const current = progressOf(socket);
      const moved = !previous || current.completed > previous.completed || current.inFlight < previous.inFlight;
      if (moved) sockets.set(socket, { ...current, since: now });
      else if (now - previous.since >= sendTimeout) socket.destroy();
    }
  };
  const timer = setInterval(check, checkInterval);
  timer.unref();
  const stop = () => clearInterval(timer);
  server.once('close', stop);
  return stop;
}
