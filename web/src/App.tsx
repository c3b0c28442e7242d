import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DiscrepanciesView } from './components/DiscrepanciesView';
import { DocumentReader } from './components/DocumentReader';
import { FeaturePanel } from './components/FeaturePanel';
import { MapView } from './components/MapView';
import { SearchBox } from './components/SearchBox';
import { SignIn } from './components/SignIn';
import './edit/editing.css';
import { Sidebar } from './components/Sidebar';
import { StatusBanner } from './components/StatusBanner';
import { STRINGS } from './i18n/strings';
import type { AtlasMap } from './map/atlas-map';
import type { FeatureFilter } from './state/feature-filter';
import { useAtlasLayers } from './state/use-atlas-layers';
import { useAtlasRevision } from './state/use-atlas-revision';
import { useDocuments } from './state/use-documents';
import { useFeatureRecord } from './state/use-feature-record';
import { documentIdOfPassage } from '../../types/passage-id';
import { useHashState } from './state/use-hash-state';
import { useLang } from './state/use-lang';
import { useSession } from './state/use-session';
import { selectionFraming } from './state/selection-framing';
import { useVisiblePlaces } from './state/use-visible-places';

// The upload and review code loads when the page is opened, not with the map.
const AddDocumentPage = lazy(() => import('./upload/AddDocumentPage').then((m) => ({ default: m.AddDocumentPage })));

export function App() {
  const [lang, toggleLang] = useLang();
  const t = STRINGS[lang];
  const [view, setView, origin] = useHashState();
  // another editor's change arrives as a new revision: what is shown is read again; this page's
  // own writes (an accepted proposal, a removed document) bump the local count at once
  const revision = useAtlasRevision();
  const auth = useSession(revision !== null);
  const [localWrites, setLocalWrites] = useState(0);
  const layers = useAtlasLayers(revision === null ? localWrites || null : revision + localWrites);
  const refreshLayers = useCallback(async () => setLocalWrites((n) => n + 1), []);
  const [documentsVersion, setDocumentsVersion] = useState(0);
  const documents = useDocuments(documentsVersion + (revision ?? 0));
  const documentsById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const places = useVisiblePlaces(view, layers.descriptors, layers.data);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  // on a phone the sidebar is a sheet the planner opens; on a laptop it is always there
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const [showDiscrepancies, setShowDiscrepancies] = useState(false);

  // stable, because tools subscribe map events with them
  const selectFeature = useCallback((featureId: string) => setView({ feature: featureId, passage: null }), [setView]);
  const openPassage = useCallback((passageId: string) => setView({ passage: passageId }), [setView]);
  // a story stop replaces the history entry: Back leaves the walk, not each stop of it
  const showStoryStop = useCallback((featureId: string) => setView({ feature: featureId }, { replace: true }), [setView]);
  const toggleLayer = (id: string, on: boolean) => setView({ layers: layers.descriptors.map((d) => d.id).filter((l) => (l === id ? on : places.visible.has(l))) });
  const setFilter = (next: FeatureFilter) => setView({ status: next.statuses, precision: next.precisions, doc: next.documents?.[0] ?? null });
  const selected = useFeatureRecord(view.feature, places.featureById, layers.descriptors.length === 0 || layers.loaded < layers.descriptors.length);
  const lookup = (id: string | null) => (id ? (places.featureById.get(id) ?? null) : null);
  const documentId = view.passage ? documentIdOfPassage(view.passage) : null;
  const placeName = (id: string) => {
    const p = places.featureById.get(id)?.properties;
    return p ? (lang === 'en' ? p.name_en : p.name_zh) : null;
  };
  // "only this document's places" belongs to the reader: it ends, and leaves the address, when the reader closes
  const closeReader = () => setView({ passage: null, ...(view.doc === documentId ? { doc: null } : {}) });
  const readerDocument = useRef(documentId);
  useEffect(() => {
    // the reader also closes when a place named in it is chosen
    const was = readerDocument.current;
    readerDocument.current = documentId;
    if (was && was !== documentId && view.doc === was) setView({ doc: null }, { replace: true });
  }, [documentId, view.doc, setView]);
  const framing = selectionFraming(origin);

  return (
    <div className={`app${view.feature || view.passage || showDiscrepancies || view.addDocument !== null ? ' has-panel' : ''}`}>
      <header className="topbar">
        <h1>{t.appTitle} <small>{t.appSubtitle}</small></h1>
        <SearchBox lang={lang} onSelectFeature={selectFeature} onOpenPassage={openPassage} />
        <button type="button" className="sidebar-toggle" aria-expanded={sidebarOpen} aria-controls="sidebar" onClick={() => setSidebarOpen((o) => !o)}>☰ {t.layers}</button>
        <SignIn lang={lang} auth={auth} />
        <button type="button" className="lang-toggle" onClick={toggleLang} lang={lang === 'zh' ? 'en' : 'zh'}>{t.language}</button>
      </header>
      <Sidebar
        open={sidebarOpen} lang={lang} descriptors={layers.descriptors} places={places} documents={documents} selected={selected} atlas={atlas}
        showDiscrepancies={showDiscrepancies} onToggleLayer={toggleLayer} onFilter={setFilter} onSelectFeature={selectFeature} onOpenPassage={openPassage}
        onToggleDiscrepancies={() => setShowDiscrepancies((on) => !on)}
        addDocumentOpen={view.addDocument !== null} onAddDocument={() => { setSidebarOpen(false); setView({ addDocument: '', feature: null, passage: null }); }}
      />
      <MapView
        descriptors={layers.descriptors} data={layers.data} visible={places.visible} placeFilter={places.placeFilter}
        selected={selected} framing={framing} hovered={lookup(hoveredId)} lang={lang} onSelect={selectFeature} onReady={setAtlas} label={t.appTitle}
      />
      <StatusBanner lang={lang} loaded={layers.loaded} total={layers.descriptors.length} error={layers.error} onRetry={layers.retry} />
      {view.addDocument !== null ? (
        <Suspense fallback={<section className="panel" aria-busy="true">{t.loading}</section>}>
          <AddDocumentPage
            lang={lang} documentId={view.addDocument} atlas={atlas} descriptors={layers.descriptors} refreshLayers={refreshLayers}
            onDocumentsChanged={() => setDocumentsVersion((n) => n + 1)} onReview={(id) => setView({ addDocument: id })} onClose={() => setView({ addDocument: null })}
          />
        </Suspense>
      ) : view.passage && documentId ? (
        <DocumentReader
          documentId={documentId} passageId={view.passage} selectedFeatureId={view.feature} lang={lang}
          onClose={closeReader} onSelectFeature={selectFeature} onHoverFeature={setHoveredId} onStoryStop={showStoryStop} placeName={placeName}
          documentPlacesOnly={view.doc === documentId} onDocumentPlacesOnly={(doc) => setView({ doc })} session={auth.session} revision={revision}
        />
      ) : view.feature ? (
        <FeaturePanel
          featureId={view.feature} documents={documentsById} lang={lang} onClose={() => setView({ feature: null })}
          onOpenPassage={openPassage} onSelectFeature={selectFeature} onHoverFeature={setHoveredId} session={auth.session} atlas={atlas} revision={revision}
        />
      ) : showDiscrepancies ? (
        <DiscrepanciesView lang={lang} onOpenPassage={openPassage} onSelectFeature={selectFeature} onClose={() => setShowDiscrepancies(false)} />
      ) : null}
    </div>
  );
}
