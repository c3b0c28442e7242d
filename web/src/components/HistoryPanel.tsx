import { useEffect, useState } from 'react';
import { WriteError, writeApi, type HistoryRecord, type Session } from '../api/write-client';
import { EDIT_STRINGS } from '../edit/edit-strings';
import { historyChanges } from '../edit/history-diff';
import type { Lang } from '../i18n/strings';

interface Props {
  featureId: string;
  lang: Lang;
  /** the signed-in editor: only they may revert */
  session: Session | null | undefined;
  /** changes when the place may have changed (the atlas revision, a save here): the history is read again */
  refreshKey: string;
  onReverted: () => void;
}

/**
 * Every write to a place, newest first (who, when, what, why, and what changed), read when the
 * panel is opened; an editor may make the place what it was at any earlier version.
 */
export function HistoryPanel({ featureId, lang, session, refreshKey, onReverted }: Props) {
  const t = EDIT_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [history, setHistory] = useState<HistoryRecord[] | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    const abort = new AbortController();
    // the ETag read with the history: a revert is refused if the place changed after it
    Promise.all([writeApi.history(featureId, abort.signal), writeApi.feature(featureId, abort.signal).then((f) => f.etag, () => null)]).then(
      ([entries, tag]) => {
        setHistory(entries);
        setEtag(tag);
      },
      (e: Error) => !abort.signal.aborted && setError(e.message),
    );
    return () => abort.abort();
  }, [open, featureId, refreshKey]);

  const current = history?.find((entry) => entry.version !== null)?.version ?? null;
  const revert = async (version: number) => {
    if (!etag) return;
    if (!reason.trim()) {
      setError(t.reasonRequired);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await writeApi.revert(featureId, version, etag, reason.trim());
      setReason('');
      onReverted();
    } catch (e) {
      setError(e instanceof WriteError && e.status === 412 ? t.stale : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const time = new Intl.DateTimeFormat(lang === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <details className="history" onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>{t.history}</summary>
      {session && etag ? (
        <label className="revert-reason">
          {t.revertReason}
          <input name="revert-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
        </label>
      ) : null}
      {error ? <p className="form-error" role="alert">{error}</p> : null}
      {history === null ? null : history.length === 0 ? <p className="empty">{t.noHistory}</p> : (
        <ol className="history-entries">
          {history.map((entry, i) => {
            const changes = historyChanges(entry.before, entry.after);
            return (
              <li key={`${entry.at}-${i}`} className={`history-entry action-${entry.action}`} data-version={entry.version ?? undefined}>
                <p className="history-head">
                  <strong>{t.actions[entry.action] ?? entry.action}</strong>
                  {entry.version !== null ? <span className="muted"> · v{entry.version}</span> : null}
                  <span className="muted"> · {entry.by} · <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time></span>
                </p>
                {entry.reason ? <p className="history-reason">“{entry.reason}”</p> : null}
                {changes.length > 0 && entry.action !== 'seed' ? (
                  <ul className="history-diff">
                    {changes.map((c) => (
                      <li key={c.field}>
                        <code>{c.field}</code>: {c.before !== null ? <del>{c.before}</del> : null}{c.before !== null && c.after !== null ? ' → ' : ''}{c.after !== null ? <ins>{c.after}</ins> : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {session && etag && entry.version !== null ? (
                  entry.version === current ? <p className="muted">{t.current}</p> : (
                    <button type="button" disabled={busy} onClick={() => void revert(entry.version!)}>{t.revertTo(entry.version)}</button>
                  )
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </details>
  );
}
