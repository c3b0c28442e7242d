import type { LayerDescriptor } from '../../../types/atlas';
import { csrfHeaders, useSession } from '../state/use-session';
import type { Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import { DocumentReview } from './DocumentReview';
import { UploadForm } from './UploadForm';
import { UPLOAD_STRINGS } from './upload-strings';
import './upload.css';

interface Props {
  lang: Lang;
  /** '' : a new upload; an id: that document's processing and review */
  documentId: string;
  atlas: AtlasMap | null;
  descriptors: LayerDescriptor[];
  /** refetches the layers after a place is added */
  refreshLayers: () => Promise<void>;
  /** the document list changed (a document added or removed) */
  onDocumentsChanged: () => void;
  onReview: (documentId: string | '') => void;
  onClose: () => void;
}

/** `#add-document`: upload a file, watch it being processed, then review what the atlas made of it. */
export function AddDocumentPage(props: Props) {
  const { lang, documentId } = props;
  const t = UPLOAD_STRINGS[lang];
  // asked again on opening: the top bar may not have asked yet
  const { session, answered } = useSession();
  return (
    <section className="panel add-document" aria-labelledby="add-document-title">
      <header className="panel-header">
        <h2 id="add-document-title">{t.pageTitle}</h2>
        <button type="button" className="close" aria-label={t.close} onClick={props.onClose}>×</button>
      </header>
      {!answered ? (
        <p className="muted" aria-busy="true">…</p>
      ) : !session ? (
        <p className="upload-trouble" role="alert">{t.signInFirst}</p>
      ) : documentId === '' ? (
        <UploadForm lang={lang} csrf={csrfHeaders(session)} onUploaded={(id) => { props.onDocumentsChanged(); props.onReview(id); }} />
      ) : (
        <DocumentReview
          key={documentId} lang={lang} documentId={documentId} session={session} atlas={props.atlas} descriptors={props.descriptors}
          refreshLayers={props.refreshLayers} onDocumentsChanged={props.onDocumentsChanged} onAnother={() => props.onReview('')}
        />
      )}
    </section>
  );
}
