import { apiErrorMessage } from '../api/api-error-message';
import { STRINGS, type Lang } from '../i18n/strings';

interface Props {
  error: unknown;
  lang: Lang;
  /** what failed, e.g. "Search failed" (optional lead-in) */
  what?: string;
  onRetry?: () => void;
}

/** A failed API call, said in the interface's language, with the server's own words kept apart. */
export function ApiErrorNotice({ error, lang, what, onRetry }: Props) {
  const t = STRINGS[lang];
  const { message, detail } = apiErrorMessage(error, lang);
  return (
    <div className="api-error" role="alert">
      <p>
        {what ? <strong>{what}{lang === 'zh' ? '：' : ': '}</strong> : null}
        {message}
        {onRetry ? <> <button type="button" onClick={onRetry}>{t.retry}</button></> : null}
      </p>
      {detail ? (
        <details>
          <summary>{t.errorDetail}</summary>
          <p lang="en">{detail}</p>
        </details>
      ) : null}
    </div>
  );
}
