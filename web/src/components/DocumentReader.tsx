import { useEffect, useRef, useState } from 'react';
import type { AtlasDocument } from '../../../types/atlas';
import { api } from '../api/client';
import { PASSAGE_KIND_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { loadSimplifier } from '../text/to-simplified';
import { PassageText } from './PassageText';

interface Props {
  documentId: string;
  passageId: string | null;
  selectedFeatureId: string | null;
  lang: Lang;
  onClose: () => void;
  onSelectFeature: (featureId: string) => void;
  onHoverFeature: (featureId: string | null) => void;
}

/** A whole document in reading order, scrolled to the passage the planner came for. */
export function DocumentReader({ documentId, passageId, selectedFeatureId, lang, onClose, onSelectFeature, onHoverFeature }: Props) {
  const t = STRINGS[lang];
  const [document, setDocument] = useState<AtlasDocument | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [simplified, setSimplified] = useState<Map<string, string> | null>(null);
  const [showSimplified, setShowSimplified] = useState(false);
  const body = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    setDocument(null);
    setError(null);
    setShowSimplified(false);
    setSimplified(null);
    api.document(documentId, abort.signal).then(setDocument, (err: Error) => {
      if (!abort.signal.aborted) setError(err.message);
    });
    return () => abort.abort();
  }, [documentId]);

  useEffect(() => {
    if (!document || !passageId) return;
    const target = body.current?.querySelector<HTMLElement>(`[data-passage-id="${passageId}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [document, passageId]);

  useEffect(() => {
    if (!showSimplified || simplified || !document) return;
    void loadSimplifier().then((convert) => setSimplified(new Map(document.passages.map((p) => [p.id, convert(p.text)]))));
  }, [showSimplified, simplified, document]);

  if (error) return <section className="panel reader" role="alert">{error}</section>;
  if (!document) return <section className="panel reader" aria-busy="true">{t.loading}</section>;

  return (
    <section className="panel reader" aria-labelledby="reader-title">
      <header className="panel-header">
        <div>
          <p className="eyebrow">{t.reader} · {document.sourceFile}</p>
          <h2 id="reader-title">{document.title}</h2>
          <p className="muted">
            {[document.authors.join('、'), document.publisher, document.date].filter(Boolean).join(' · ')}
          </p>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t.close}>×</button>
      </header>
      {document.script === 'Hant' ? (
        <label className="script-toggle">
          <input type="checkbox" checked={showSimplified} onChange={(e) => setShowSimplified(e.target.checked)} />
          {lang === 'zh' ? '以简体显示（原文为繁体）' : 'Show in Simplified (the source is Traditional)'}
        </label>
      ) : null}
      <div className="reader-body" ref={body} lang={document.script === 'Hant' && !showSimplified ? 'zh-Hant' : 'zh-Hans'}>
        {document.passages.map((passage) => {
          const Tag = passage.kind === 'title' ? 'h3' : passage.kind === 'heading' ? 'h4' : 'p';
          const active = passage.id === passageId;
          return (
            <Tag
              key={passage.id}
              id={passage.id}
              data-passage-id={passage.id}
              tabIndex={-1}
              className={`passage kind-${passage.kind}${active ? ' active' : ''}`}
              title={passage.kind === 'caption' || passage.kind === 'meta' || passage.kind === 'byline' ? PASSAGE_KIND_LABELS[lang][passage.kind] : undefined}
            >
              <PassageText
                passage={passage}
                displayText={showSimplified ? simplified?.get(passage.id) : undefined}
                highlights={selectedFeatureId ? passage.mentions.filter((m) => m.featureId === selectedFeatureId) : undefined}
                lang={lang}
                onMention={onSelectFeature}
                onHoverMention={onHoverFeature}
              />
            </Tag>
          );
        })}
      </div>
    </section>
  );
}
