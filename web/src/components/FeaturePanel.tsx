import { useEffect, useRef, useState } from 'react';
import type { DocumentMeta, FeatureWithPassages } from '../../../types/atlas';
import { api } from '../api/client';
import { PRECISION_LABELS, STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { groupPassagesByDocument } from '../text/group-passages';
import { ClaimsTimeline } from './ClaimsTimeline';
import { PassageText } from './PassageText';

interface Props {
  featureId: string;
  documents: Map<string, DocumentMeta>;
  lang: Lang;
  onClose: () => void;
  onOpenPassage: (passageId: string) => void;
  onSelectFeature: (featureId: string) => void;
  onHoverFeature: (featureId: string | null) => void;
}

/** A place: its names, how sure we are of where it is, and every passage that names it. */
export function FeaturePanel({ featureId, documents, lang, onClose, onOpenPassage, onSelectFeature, onHoverFeature }: Props) {
  const t = STRINGS[lang];
  const [feature, setFeature] = useState<FeatureWithPassages | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [current, setCurrent] = useState(0);
  const list = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const abort = new AbortController();
    setFeature(null);
    setError(null);
    setCurrent(0);
    api.feature(featureId, abort.signal).then(setFeature, (err: Error) => {
      if (!abort.signal.aborted) setError(err.message);
    });
    return () => abort.abort();
  }, [featureId]);

  if (error) return <section className="panel feature-panel" role="alert">{error}</section>;
  if (!feature) return <section className="panel feature-panel" aria-busy="true">{t.loading}</section>;

  const p = feature.properties;
  // a place the documents give no site for: say so first, before anything reads as an address
  const unsited = p.precision === 'indicative' && feature.geometry.type === 'Point';
  const walk = (to: number) => {
    const index = (to + feature.passages.length) % feature.passages.length;
    setCurrent(index);
    const target = list.current?.querySelector<HTMLElement>(`[data-passage-id="${feature.passages[index].id}"]`);
    target?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    target?.focus({ preventScroll: true });
  };
  return (
    <section className="panel feature-panel" aria-labelledby="feature-title">
      <header className="panel-header">
        <div>
          <h2 id="feature-title" lang="zh-Hans">{p.name_zh}</h2>
          <p className="name-en" lang="en">{p.name_en}</p>
        </div>
        <button type="button" className="close" onClick={onClose} aria-label={t.close}>×</button>
      </header>
      {unsited ? (
        <section className="indicative-note" role="note" aria-label={t.whereDocumentsPlaceIt}>
          <h3>{t.whereDocumentsPlaceIt}</h3>
          <p>{t.indicativeSite}</p>
          <p>{p.geometrySource}</p>
        </section>
      ) : null}
      <dl className="facts">
        <dt>{t.status}</dt>
        <dd><span className={`status status-${p.status}`}>{STATUS_LABELS[lang][p.status]}</span>{p.statusSource ? <span className="muted"> · {p.statusSource}</span> : null}</dd>
        <dt>{t.precision}</dt>
        <dd><span className={`precision precision-${p.precision}`}>{PRECISION_LABELS[lang][p.precision]}</span></dd>
        {unsited ? null : (<><dt>{t.geometrySource}</dt><dd>{p.geometrySource}</dd></>)}
        {p.notes ? (<><dt>{t.notes}</dt><dd>{p.notes}</dd></>) : null}
      </dl>
      <ClaimsTimeline featureId={featureId} lang={lang} onOpenPassage={onOpenPassage} documents={documents} />
      <div className="citations-header">
        <h3>{t.citedBy} ({feature.passages.length})</h3>
        {feature.passages.length > 1 ? (
          <div className="citation-nav" role="group" aria-label={t.citedBy}>
            <button type="button" onClick={() => walk(current - 1)} aria-label={t.previous}>←</button>
            <span aria-live="polite">{t.citationOf(current + 1, feature.passages.length)}</span>
            <button type="button" onClick={() => walk(current + 1)} aria-label={t.next}>→</button>
          </div>
        ) : null}
      </div>
      {feature.passages.length === 0 ? <p className="empty">{t.noPassages}</p> : null}
      <div ref={list}>
      {groupPassagesByDocument(feature.passages).map((group) => (
        <section key={group.documentId} className="citation-group">
          <h4>{documents.get(group.documentId)?.title ?? group.documentId}</h4>
          <ol className="citations">
            {group.passages.map((passage) => (
              <li
                key={passage.id}
                className={`citation${feature.passages[current]?.id === passage.id ? ' current' : ''}`}
                data-passage-id={passage.id}
                tabIndex={-1}
              >
                <blockquote>
                  <PassageText
                    passage={passage}
                    highlights={passage.mentions.filter((m) => m.featureId === featureId)}
                    lang={lang}
                    onMention={(id) => id !== featureId && onSelectFeature(id)}
                    onHoverMention={onHoverFeature}
                  />
                </blockquote>
                <button type="button" className="link" onClick={() => onOpenPassage(passage.id)}>
                  {t.openInDocument} →
                </button>
              </li>
            ))}
          </ol>
        </section>
      ))}
      </div>
      {p.sources && p.sources.length > 0 ? (
        <details className="sources">
          <summary>{t.sources}</summary>
          <ul>{p.sources.map((s, i) => <li key={i}>{s.source}{s.note ? ` — ${s.note}` : ''}</li>)}</ul>
        </details>
      ) : null}
    </section>
  );
}
