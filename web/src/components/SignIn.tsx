import { useState } from 'react';
import { WriteError } from '../api/write-client';
import { EDIT_STRINGS } from '../edit/edit-strings';
import type { Lang } from '../i18n/strings';
import type { SessionState } from '../state/use-session';

interface Props {
  lang: Lang;
  auth: SessionState;
}

/** The editor's sign-in in the top bar: a small form, or who is signed in and a sign-out. */
export function SignIn({ lang, auth }: Props) {
  const t = EDIT_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // a server without accounts takes no sign-ins: reading needs none
  if (auth.session === undefined) return null;
  if (auth.session) {
    return (
      <div className="sign-in signed-in">
        <span className="who">{t.signedInAs(auth.session.user)}</span>
        <button type="button" onClick={() => void auth.signOut().catch((e: Error) => setError(e.message))}>{t.signOut}</button>
      </div>
    );
  }

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await auth.signIn(user, password);
      setPassword('');
      setOpen(false);
    } catch (e) {
      const status = e instanceof WriteError ? e.status : 0;
      setError(status === 401 ? t.wrongCredentials : status === 429 ? t.tooManyAttempts : `${t.signInFailed}${(e as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="sign-in">
      <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>{t.signIn}</button>
      {open ? (
        <form className="sign-in-form" onSubmit={(e) => void submit(e)} aria-label={t.signIn}>
          <label>
            {t.user}
            <input name="user" autoComplete="username" value={user} onChange={(e) => setUser(e.target.value)} required />
          </label>
          <label>
            {t.password}
            <input name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
          </label>
          {error ? <p className="form-error" role="alert">{error}</p> : null}
          <button type="submit" disabled={busy}>{t.signInSubmit}</button>
        </form>
      ) : null}
    </div>
  );
}
