/**
 * GET /api/changes: a server-sent event stream of the atlas's revision, one `revision` event on
 * connecting and one after every rebuild of the live atlas (a write here or, through LISTEN/NOTIFY,
 * in another process). Open browsers refetch what they show when it arrives.
 */
import type { Express, Response } from 'express';
import type { LiveAtlas } from '../../../core/store/live-atlas';

export const CHANGE_STREAM_DEFAULTS = {
  /** a comment line this often keeps proxies from closing an idle stream */
  heartbeatMs: 25_000,
  /** how long a browser waits before reconnecting a dropped stream (the SSE `retry` field) */
  retryMs: 3_000,
};

export interface ChangeStreams {
  /** how many browsers are listening */
  readonly size: number;
  /** ends every stream (at shutdown: an event stream never finishes by itself) */
  endAll(): void;
}

export function setupChanges(app: Express, live: LiveAtlas, options = CHANGE_STREAM_DEFAULTS): ChangeStreams {
  const open = new Set<Response>();

  app.get('/api/changes', (req, res) => {
    res.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      // nginx and friends would otherwise hold events back until a buffer fills
      'X-Accel-Buffering': 'no',
    });
    res.write(`retry: ${options.retryMs}\n\n`);
    const send = (revision: number) => res.write(`event: revision\nid: ${revision}\ndata: ${JSON.stringify({ revision })}\n\n`);
    send(live.revision);
    const stop = live.onChange((store) => send(store.revision ?? 0));
    const heartbeat = setInterval(() => res.write(': still here\n\n'), options.heartbeatMs);
    heartbeat.unref();
    open.add(res);
    req.on('close', () => {
      stop();
      clearInterval(heartbeat);
      open.delete(res);
    });
  });

  return {
    get size() {
      return open.size;
    },
    endAll() {
      for (const res of open) res.end();
    },
  };
}
