/**
 * Who is signed in (GET /api/session) and the header a cookie-borne write must carry. A minimal
 * shared hook: the sign-in form lives elsewhere (webedit); any component that writes reads the
 * session here, and `refreshSession()` after a sign-in or sign-out tells every user of the hook.
 */
import { useEffect, useState } from 'react';

export interface Session {
  user: string;
  role: 'editor' | 'admin';
  csrfToken: string;
}

type Listener = (session: Session | null) => void;
const listeners = new Set<Listener>();
let latest: Session | null = null;

/** The signed-in editor, or null; answers other than 200 (401: nobody signed in, 404: a read-only server) are null. */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  const response = await fetch('/api/session', { signal, headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) return null;
  const body = (await response.json()) as Partial<Session>;
  return typeof body.user === 'string' && typeof body.csrfToken === 'string' ? (body as Session) : null;
}

export async function refreshSession(): Promise<Session | null> {
  latest = await fetchSession().catch(() => null);
  for (const listener of listeners) listener(latest);
  return latest;
}

/** The headers every write riding on the session cookie sends. */
export function csrfHeaders(session: Session | null): Record<string, string> {
  return session ? { 'X-CSRF-Token': session.csrfToken } : {};
}

/** `undefined` while the first answer is awaited, then the session or null. */
export function useSession(): Session | null | undefined {
  const [session, setSession] = useState<Session | null | undefined>(latest ?? undefined);
  useEffect(() => {
    listeners.add(setSession);
    void refreshSession();
    return () => {
      listeners.delete(setSession);
    };
  }, []);
  return session;
}
