/** The signed-in editor: asked for on load (GET /api/session), changed by signing in and out. */
import { useCallback, useEffect, useState } from 'react';
import { writeApi, type Session } from '../api/write-client';

export interface SessionState {
  /** null: signed out; undefined: this server takes no sign-ins (or has not said yet) */
  session: Session | null | undefined;
  signIn(user: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

/** `writable`: the server takes writes (it has a database); until then nobody is asked to sign in. */
export function useSession(writable: boolean): SessionState {
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    if (!writable) return;
    const abort = new AbortController();
    writeApi.session(abort.signal).then(setSession, () => {
      // the API is away: the status banner says so; editing waits for a reload
    });
    return () => abort.abort();
  }, [writable]);

  const signIn = useCallback(async (user: string, password: string) => setSession(await writeApi.signIn(user, password)), []);
  const signOut = useCallback(async () => {
    await writeApi.signOut();
    setSession(null);
  }, []);
  return { session, signIn, signOut };
}
