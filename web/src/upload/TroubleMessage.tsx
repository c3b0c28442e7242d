import type { Lang } from '../i18n/strings';
import type { UploadTrouble } from './upload-problem';
import { UPLOAD_STRINGS } from './upload-strings';

/** A refusal in the interface language, the server's own sentence under it, and for a duplicate the way to the document that has these bytes. */
export function TroubleMessage({ lang, trouble }: { lang: Lang; trouble: UploadTrouble }) {
  const t = UPLOAD_STRINGS[lang];
  return (
    <div className="upload-trouble" role="alert" data-kind={trouble.kind}>
      <p><strong>{t.troubles[trouble.kind]}</strong>{trouble.status > 0 ? <span className="muted"> ({trouble.status})</span> : null}</p>
      {trouble.detail ? <p className="muted small" lang="en">{t.serverSaid}{trouble.detail}</p> : null}
      {trouble.existingId ? <p><a href={`#add-document=${encodeURIComponent(trouble.existingId)}`}>{t.openExisting} ({trouble.existingId})</a></p> : null}
    </div>
  );
}
