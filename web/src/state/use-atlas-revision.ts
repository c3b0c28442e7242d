/**
 * The atlas's revision as the server announces it (GET /api/changes, server-sent events), so that
 * another editor's change reaches an open page without a reload. Where the event stream cannot be
 * kept open, /api/health's revision is polled instead. Null until the server has said one, and
 * for good on a server without a database (nothing there ever changes, and nobody signs in).
 */
import { useEffect, useState } from 'react';

export const REVISION_POLL_MS = 3_000;

export function useAtlasRevision(): number | null {
  const [revision, setRevision] = useState<number | null>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stopped = false;
    const seen = (next: unknown) => {
      if (typeof next === 'number') setRevision((previous) => (previous === null || next > previous ? next : previous));
    };
    const poll = async () => {
      try {
        const health = (await (await fetch('/api/health', { cache: 'no-store' })).json()) as { revision?: unknown };
        // a server without a database has no revision: nothing will ever change, stop asking
        if (typeof health.revision !== 'number') return;
        seen(health.revision);
      } catch {
        // the server is away for now: ask again
      }
      if (!stopped) timer = setTimeout(() => void poll(), REVISION_POLL_MS);
    };
    let events: EventSource | null = null;
    const listen = () => {
      if (stopped) return;
      if (typeof EventSource !== 'function') return void poll();
      events = new EventSource('/api/changes');
      events.addEventListener('revision', (event) => seen((JSON.parse((event as MessageEvent<string>).data) as { revision?: unknown }).revision));
      events.onerror = () => {
        // EventSource reconnects by itself after a dropped stream; a refused one is CLOSED for good
        if (events?.readyState === EventSource.CLOSED && !stopped && timer === undefined) void poll();
      };
    };
    // only a server with a database reports a revision, and only it streams changes
    fetch('/api/health', { cache: 'no-store' })
      .then((response) => response.json() as Promise<{ revision?: unknown }>)
      .then((health) => {
        if (typeof health.revision !== 'number') return;
        seen(health.revision);
        listen();
      })
      .catch(() => undefined); // the API is away: the status banner says so
    return () => {
      stopped = true;
      events?.close();
      clearTimeout(timer);
    };
  }, []);

  return revision;
}
