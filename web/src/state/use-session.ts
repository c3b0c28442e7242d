/**
 * Who is signed in (GET /api/session), one answer for the whole page: the sign-in form in the top
 * bar and every component that writes (the add-document page) read it here, and signing in or out,
 * or asking again, tells every user of the hook. The session carries the role and the CSRF token a
 * cookie-borne write must send (`csrfHeaders`; api/write-client.ts sends it on its own writes).
 */
import { useCallback, useEffect, useState } from 'react';
import { writeApi, type Session } from '../api/write-client';

export type { Session };

interface Known {
  /** null: signed out; undefined: this server takes no sign-ins (or has not said yet) */
  session: Session | null | undefined;
  /** an answer came (or asking failed): `session` is what the server said, not a guess */
  answered: boolean;
}

let known: Known = { session: undefined, answered: false };
const listeners = new Set<(next: Known) => void>();

function publish(next: Known): void {
  known = next;
  for (const listener of listeners) listener(known);
}

/** Asks the server again and tells every user of the hook; a failed request keeps what was known. */
export async function refreshSession(signal?: AbortSignal): Promise<Session | null | undefined> {
  try {
    publish({ session: await writeApi.session(signal), answered: true });
  } catch {
    // aborted: a newer question is on its way; otherwise the API is away (the status banner says so)
    if (!signal?.aborted) publish({ ...known, answered: true });
  }
  return known.session;
}

/** The headers every write riding on the session cookie sends. */
export function csrfHeaders(session: Session | null | undefined): Record<string, string> {
  return session ? { 'X-CSRF-Token': session.csrfToken } : {};
}

export interface SessionState extends Known {
  signIn(user: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

/**
 * `ask`: whether to ask the server on mount. The top bar asks once the server is known to take
 * writes (it has a database); until then nobody is asked to sign in. A page that needs an editor
 * asks on opening, whatever is known.
 */
export function useSession(ask = true): SessionState {
  const [state, setState] = useState<Known>(known);

  useEffect(() => {
    listeners.add(setState);
    setState(known);
    return () => {
      listeners.delete(setState);
    };
  }, []);

  useEffect(() => {
    if (!ask) return;
    const abort = new AbortController();
    void refreshSession(abort.signal);
    return () => abort.abort();
  }, [ask]);

  const signIn = useCallback(async (user: string, password: string) => publish({ session: await writeApi.signIn(user, password), answered: true }), []);
  const signOut = useCallback(async () => {
    await writeApi.signOut();
    publish({ session: null, answered: true });
  }, []);
  return { ...state, signIn, signOut };
}
