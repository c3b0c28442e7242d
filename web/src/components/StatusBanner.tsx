import { STRINGS, type Lang } from '../i18n/strings';
import { ApiErrorNotice } from './ApiErrorNotice';

interface Props {
  lang: Lang;
  loaded: number;
  total: number;
  /** why the layers failed to load, or null */
  error: unknown;
  onRetry: () => void;
}

/** Progress while layers load, and a visible error in the interface's language (never a blank page) if the API is away. */
export function StatusBanner({ lang, loaded, total, error, onRetry }: Props) {
  const t = STRINGS[lang];
  if (error) {
    return (
      <div className="banner banner-error">
        <ApiErrorNotice error={error} lang={lang} what={t.layersFailed} onRetry={onRetry} />
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
