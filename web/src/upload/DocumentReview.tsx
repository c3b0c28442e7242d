import { useState } from 'react';
import type { LayerDescriptor } from '../../../types/atlas';
import { documentWrites, WriteRefused } from '../api/document-writes';
import { csrfHeaders, type Session } from '../state/use-session';
import type { Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import { MetadataForm } from './MetadataForm';
import { ProposalQueue } from './ProposalQueue';
import { RepairsView } from './RepairsView';
import { TroubleMessage } from './TroubleMessage';
import { processingTrouble, type UploadTrouble } from './upload-problem';
import { UPLOAD_STRINGS } from './upload-strings';
import { useDocumentStatus } from './use-document-status';

interface Props {
  lang: Lang;
  documentId: string;
  session: Session;
  atlas: AtlasMap | null;
  descriptors: LayerDescriptor[];
  refreshLayers: () => Promise<void>;
  onDocumentsChanged: () => void;
  onAnother: () => void;
}

/** One uploaded document: processing, then its repairs, its metadata, its proposed places, and removal. */
export function DocumentReview({ lang, documentId, session, atlas, descriptors, refreshLayers, onDocumentsChanged, onAnother }: Props) {
  const t = UPLOAD_STRINGS[lang];
  const { document, trouble, reload } = useDocumentStatus(documentId);
  const [removed, setRemoved] = useState(false);
  const [removeTrouble, setRemoveTrouble] = useState<UploadTrouble | null>(null);
  const csrf = csrfHeaders(session);

  const remove = async () => {
    if (!document || !window.confirm(t.confirmRemove(document.title || document.sourceFile || documentId))) return;
    try {
      await documentWrites.remove(documentId, csrf);
      setRemoved(true);
      onDocumentsChanged();
      await refreshLayers();
    } catch (err) {
      if (err instanceof WriteRefused) setRemoveTrouble(err.trouble);
      else throw err;
    }
  };

  if (removed) {
    return (
      <div className="review">
        <p role="status" className="upload-done">{t.removed}</p>
        <button type="button" onClick={onAnother}>{t.another}</button>
      </div>
    );
  }
  if (trouble) return <TroubleMessage lang={lang} trouble={trouble} />;
  if (!document) return <p className="muted" aria-busy="true">…</p>;
  const status = document.status ?? 'ready';
  return (
    <div className="review">
      <p className="eyebrow">{document.sourceFile ?? documentId}</p>
      {status === 'processing' ? (
        <p className="processing" role="status">
          <progress aria-label={t.processing} /> {t.processing}
        </p>
      ) : status === 'failed' ? (
        <TroubleMessage lang={lang} trouble={processingTrouble(document.error)} />
      ) : (
        <>
          <p role="status" className="upload-done">
            {t.ready} · {document.title ? <strong>{document.title}</strong> : null} · {t.passagesCount(document.passages?.length ?? 0)}
          </p>
          <MetadataForm lang={lang} document={document} csrf={csrf} onSaved={() => { reload(); onDocumentsChanged(); }} />
          <RepairsView lang={lang} documentId={documentId} />
          <ProposalQueue
            lang={lang} document={document} session={session} atlas={atlas} descriptors={descriptors} refreshLayers={refreshLayers}
          />
        </>
      )}
      <div className="review-actions">
        {status !== 'processing' ? <button type="button" className="danger" onClick={() => void remove()}>{t.removeDocument}</button> : null}
        <button type="button" onClick={onAnother}>{t.another}</button>
      </div>
      {removeTrouble ? <TroubleMessage lang={lang} trouble={removeTrouble} /> : null}
    </div>
  );
}
