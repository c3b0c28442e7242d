import { useEffect, useRef, useState } from 'react';
import type { DocumentMeta } from '../../../types/atlas';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';
import { curatedText, type CuratedText } from '../i18n/curated-text';
import { PRECISION_LABELS, STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { groupPassagesByDocument } from '../text/group-passages';
import { ApiErrorNotice } from './ApiErrorNotice';
import type { Session } from '../api/write-client';
import { EDIT_STRINGS } from '../edit/edit-strings';
import type { AtlasMap } from '../map/atlas-map';
import { ClaimsTimeline } from './ClaimsTimeline';
import { HistoryPanel } from './HistoryPanel';
import { PlaceEditor } from './PlaceEditor';
import { PassageText } from './PassageText';
import { useEscapeKey } from './use-escape-key';

interface Props {
  featureId: string;
  documents: Map<string, DocumentMeta>;
  lang: Lang;
  onClose: () => void;
  onOpenPassage: (passageId: string) => void;
  onSelectFeature: (featureId: string) => void;
  onHoverFeature: (featureId: string | null) => void;
  /** the signed-in editor (null: signed out; undefined: a read-only server) */
  session?: Session | null;
  /** the map, for moving and reshaping the place */
  atlas?: AtlasMap | null;
  /** the atlas revision: the place is read again when it grows (another editor's change) */
  revision?: number | null;
}

/** A place: its names, how sure we are of where it is, and every passage that names it. */
export function FeaturePanel({ featureId, documents, lang, onClose, onOpenPassage, onSelectFeature, onHoverFeature, session, atlas = null, revision = null }: Props) {
  const t = STRINGS[lang];
  const e = EDIT_STRINGS[lang];
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(0);
  // read again after a write (ours or another editor's), keeping the old one shown meanwhile
  const { data: feature, error, retry } = useApiResource((signal) => api.feature(featureId, signal), [featureId, revision, saved], { keepPrevious: true });
  const [current, setCurrent] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const title = useRef<HTMLHeadingElement>(null);
  useEscapeKey(onClose);

  useEffect(() => {
    setCurrent(0);
    setEditing(false);
  }, [featureId]);
  // opening a place takes the keyboard into its panel, not back to the top of the page
  const shownId = feature?.id === featureId ? featureId : null;
  useEffect(() => {
    if (shownId) title.current?.focus({ preventScroll: true });
  }, [shownId]);

  if (error) {
    return (
      <section className="panel feature-panel">
        <header className="panel-header">
          <h2 id="feature-title">{t.placeFailed}</h2>
          <button type="button" className="close" onClick={onClose} aria-label={t.close}>×</button>
        </header>
        <ApiErrorNotice error={error} lang={lang} onRetry={retry} />
      </section>
    );
  }
  if (!feature || !shownId) return <section className="panel feature-panel" aria-busy="true">{t.loading}</section>;

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
          <h2 id="feature-title" lang="zh-Hans" tabIndex={-1} ref={title}>{p.name_zh}</h2>
          <p className="name-en" lang="en">{p.name_en}</p>
        </div>
        <div className="panel-actions">
          {session && !editing ? <button type="button" className="edit" onClick={() => setEditing(true)}>{e.edit}</button> : null}
          <button type="button" className="close" onClick={onClose} aria-label={t.close}>×</button>
        </div>
      </header>
      {editing ? (
        <PlaceEditor
          key={featureId} featureId={featureId} lang={lang} atlas={atlas}
          onDone={(changed) => {
            setEditing(false);
            if (changed) setSaved((n) => n + 1);
          }}
        />
      ) : null}
      {unsited ? (
        <section className="indicative-note" role="note" aria-label={t.whereDocumentsPlaceIt}>
          <h3>{t.whereDocumentsPlaceIt}</h3>
          <p>{t.indicativeSite}</p>
          <p><Curated text={curatedText(p.geometrySource, p.geometrySource_zh, lang)} lang={lang} /></p>
        </section>
      ) : null}
      <dl className="facts">
        <dt>{t.status}</dt>
        <dd><span className={`status status-${p.status}`}>{STATUS_LABELS[lang][p.status]}</span>{p.statusSource ? <span className="muted"> · {p.statusSource}</span> : null}</dd>
        <dt>{t.precision}</dt>
        <dd><span className={`precision precision-${p.precision}`}>{PRECISION_LABELS[lang][p.precision]}</span></dd>
        {unsited ? null : (<><dt>{t.geometrySource}</dt><dd><Curated text={curatedText(p.geometrySource, p.geometrySource_zh, lang)} lang={lang} /></dd></>)}
        {p.notes ? (<><dt>{t.notes}</dt><dd><Curated text={curatedText(p.notes, p.notes_zh, lang)} lang={lang} /></dd></>) : null}
      </dl>
      <HistoryPanel featureId={featureId} lang={lang} session={session} refreshKey={`${revision}-${saved}`} onReverted={() => setSaved((n) => n + 1)} />
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
          {t.sourcesInEnglish ? <p className="muted">{t.sourcesInEnglish}</p> : null}
          <ul lang="en">{p.sources.map((s, i) => <li key={i}>{s.source}{s.note ? ` — ${s.note}` : ''}</li>)}</ul>
        </details>
      ) : null}
    </section>
  );
}

/** A curated text in its language; English shown in Chinese mode says so. */
function Curated({ text, lang }: { text: CuratedText; lang: Lang }) {
  return (
    <>
      <span lang={text.lang}>{text.text}</span>
      {text.englishOnly ? <span className="untranslated"> {STRINGS[lang].englishOnly}</span> : null}
    </>
  );
}
