/** The signed-in editor: asked for on load (GET /api/session), changed by signing in and out. */
import { useCallback, useEffect, useState } from 'react';
import { writeApi, type Session } from '../api/write-client';

export interface SessionState {
  /** null: signed out; undefined: this server takes no sign-ins (or has not said yet) */
  session: Session | null | undefined;
  signIn(user: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

export function useSession(): SessionState {
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    const abort = new AbortController();
    writeApi.session(abort.signal).then(setSession, () => {
      // the API is away: the status banner says so; editing waits for a reload
    });
    return () => abort.abort();
  }, []);

  const signIn = useCallback(async (user: string, password: string) => setSession(await writeApi.signIn(user, password)), []);
  const signOut = useCallback(async () => {
    await writeApi.signOut();
    setSession(null);
  }, []);
  return { session, signIn, signOut };
}
