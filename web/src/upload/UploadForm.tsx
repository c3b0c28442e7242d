import { useId, useRef, useState, type DragEvent, type FormEvent } from 'react';
import type { Lang } from '../i18n/strings';
import { uploadDocument, WriteRefused, type UploadHandle } from '../api/document-writes';
import { ACCEPTED_EXTENSIONS, troubleBeforeUpload, uploadTrouble, type UploadTrouble } from './upload-problem';
import { TroubleMessage } from './TroubleMessage';
import { UPLOAD_STRINGS } from './upload-strings';

interface Props {
  lang: Lang;
  csrf: Record<string, string>;
  /** the server took the file (202): watch it from here */
  onUploaded: (documentId: string) => void;
}

const META_FIELDS = ['title', 'authors', 'publisher', 'date'] as const;
type MetaField = (typeof META_FIELDS)[number];

/**
 * Drop a file on the zone or choose one (a real file input, reachable by keyboard), add what is
 * known about the document, and upload it with a progress bar fed by the upload's progress events.
 */
export function UploadForm({ lang, csrf, onUploaded }: Props) {
  const t = UPLOAD_STRINGS[lang];
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [meta, setMeta] = useState<Record<MetaField, string>>({ title: '', authors: '', publisher: '', date: '' });
  const [progress, setProgress] = useState<number | null>(null);
  const [trouble, setTrouble] = useState<UploadTrouble | null>(null);
  const [dragging, setDragging] = useState(false);
  const handle = useRef<UploadHandle | null>(null);

  const choose = (chosen: File | null | undefined) => {
    setFile(chosen ?? null);
    setTrouble(chosen ? troubleBeforeUpload(chosen) : null);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    const early = troubleBeforeUpload(file);
    if (early) return setTrouble(early);
    setTrouble(null);
    setProgress(0);
    handle.current = uploadDocument(file, meta, csrf, setProgress);
    try {
      const { id } = await handle.current.done;
      onUploaded(id);
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') setTrouble(null);
      else setTrouble(err instanceof WriteRefused ? err.trouble : uploadTrouble(0, null));
    } finally {
      handle.current = null;
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <form className="upload-form" onSubmit={submit} aria-busy={busy}>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>
          {t.dropHere}{' '}
          <label htmlFor={inputId} className="file-choose">{t.chooseFile}</label>
        </p>
        <input
          id={inputId} className="file-input" type="file" accept={ACCEPTED_EXTENSIONS.join(',')} disabled={busy}
          onChange={(event) => choose(event.target.files?.[0])}
        />
        {file ? <p className="chosen-file"><strong>{file.name}</strong> · {(file.size / 1024).toFixed(1)} KB</p> : null}
        <p className="muted small">{t.formats}</p>
      </div>
      <details className="upload-meta">
        <summary>{t.optionalMeta}</summary>
        {META_FIELDS.map((field) => (
          <label key={field} className="field">
            <span>{t[field]}</span>
            <input type="text" name={field} value={meta[field]} disabled={busy} onChange={(event) => setMeta({ ...meta, [field]: event.target.value })} />
          </label>
        ))}
      </details>
      <div className="upload-actions">
        <button type="submit" className="primary" disabled={!file || busy}>{t.upload}</button>
        {busy ? <button type="button" onClick={() => handle.current?.abort()}>{t.cancel}</button> : null}
      </div>
      {busy ? (
        <p className="upload-progress" role="status">
          <progress max={1} value={progress} aria-label={t.uploading(Math.round(progress * 100))} /> {t.uploading(Math.round(progress * 100))}
        </p>
      ) : null}
      {trouble ? <TroubleMessage lang={lang} trouble={trouble} /> : null}
    </form>
  );
}
