import { STRINGS, type Lang } from '../i18n/strings';

interface Props {
  lang: Lang;
  loaded: number;
  total: number;
  error: string | null;
  onRetry: () => void;
}

/** Progress while layers load, and a visible error (never a blank page) if the API is away. */
export function StatusBanner({ lang, loaded, total, error, onRetry }: Props) {
  const t = STRINGS[lang];
  if (error) {
    return (
      <div className="banner banner-error" role="alert">
        {t.apiError}: {error} <button type="button" onClick={onRetry}>{t.retry}</button>
      </div>
    );
  }
  if (total === 0 || loaded < total) {
    return (
      <div className="banner" role="status" aria-live="polite">
        {t.loading} {total ? `${loaded}/${total}` : ''}
        <progress max={total || 1} value={loaded} />
      </div>
    );
  }
  return null;
}
