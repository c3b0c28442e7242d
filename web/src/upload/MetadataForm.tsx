import { useState, type FormEvent } from 'react';
import { documentWrites, WriteRefused, type UploadedDocument } from '../api/document-writes';
import type { Lang } from '../i18n/strings';
import { TroubleMessage } from './TroubleMessage';
import type { UploadTrouble } from './upload-problem';
import { UPLOAD_STRINGS } from './upload-strings';

interface Props {
  lang: Lang;
  document: UploadedDocument;
  csrf: Record<string, string>;
  onSaved: () => void;
}

/** Title, authors, publisher and date: what the text did not state stays empty (null) until an editor says. */
export function MetadataForm({ lang, document, csrf, onSaved }: Props) {
  const t = UPLOAD_STRINGS[lang];
  const [fields, setFields] = useState({
    title: document.title ?? '',
    authors: (document.authors ?? []).join(', '),
    publisher: document.publisher ?? '',
    date: document.date ?? '',
  });
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const [trouble, setTrouble] = useState<UploadTrouble | null>(null);
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setState('saving');
    setTrouble(null);
    try {
      await documentWrites.updateMetadata(document.id, {
        title: orNull(fields.title),
        authors: fields.authors.split(/[,，、]/).map((a) => a.trim()).filter(Boolean),
        publisher: orNull(fields.publisher),
        date: orNull(fields.date),
      }, csrf);
      setState('saved');
      onSaved();
    } catch (err) {
      setState('idle');
      if (err instanceof WriteRefused) setTrouble(err.trouble);
      else throw err;
    }
  };

  return (
    <form className="metadata-form" onSubmit={submit} aria-labelledby="metadata-title">
      <h3 id="metadata-title">{t.metadata}</h3>
      {(['title', 'authors', 'publisher', 'date'] as const).map((field) => (
        <label key={field} className="field">
          <span>{t[field]}</span>
          <input type="text" name={field} value={fields[field]} onChange={(event) => { setFields({ ...fields, [field]: event.target.value }); setState('idle'); }} />
        </label>
      ))}
      <p>
        <button type="submit" disabled={state === 'saving'}>{t.save}</button>{' '}
        {state === 'saved' ? <span role="status" className="saved">{t.saved}</span> : null}
      </p>
      {trouble ? <TroubleMessage lang={lang} trouble={trouble} /> : null}
    </form>
  );
}
