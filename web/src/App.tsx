import { useCallback, useMemo, useState } from 'react';
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
import { useVisiblePlaces } from './state/use-visible-places';

export function App() {
  const [lang, toggleLang] = useLang();
  const t = STRINGS[lang];
  const [view, setView] = useHashState();
  // another editor's change arrives as a new revision: what is shown is read again
  const revision = useAtlasRevision();
  const auth = useSession(revision !== null);
  const layers = useAtlasLayers(revision);
  const documents = useDocuments();
  const documentsById = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);
  const places = useVisiblePlaces(view, layers.descriptors, layers.data);
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // on a phone the sidebar is a sheet the planner opens; on a laptop it is always there
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const [showDiscrepancies, setShowDiscrepancies] = useState(false);

  // stable, because tools subscribe map events with them
  const selectFeature = useCallback((featureId: string) => setView({ feature: featureId, passage: null }), [setView]);
  const openPassage = useCallback((passageId: string) => setView({ passage: passageId }), [setView]);
  const toggleLayer = (id: string, on: boolean) => setView({ layers: layers.descriptors.map((d) => d.id).filter((l) => (l === id ? on : places.visible.has(l))) });
  const setFilter = (next: FeatureFilter) => setView({ status: next.statuses, precision: next.precisions, doc: next.documentId });
  const selected = useFeatureRecord(view.feature, places.featureById, layers.descriptors.length === 0 || layers.loaded < layers.descriptors.length);
  const lookup = (id: string | null) => (id ? (places.featureById.get(id) ?? null) : null);
  const documentId = view.passage ? documentIdOfPassage(view.passage) : null;

  return (
    <div className={`app${view.feature || view.passage || showDiscrepancies ? ' has-panel' : ''}`}>
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
      />
      <MapView
        descriptors={layers.descriptors} data={layers.data} visible={places.visible} placeFilter={places.placeFilter}
        selected={lookup(focusedId) ?? selected} hovered={lookup(hoveredId)} lang={lang} onSelect={selectFeature} onReady={setAtlas} label={t.appTitle}
      />
      <StatusBanner lang={lang} loaded={layers.loaded} total={layers.descriptors.length} error={layers.error} onRetry={layers.retry} />
      {view.passage && documentId ? (
        <DocumentReader
          documentId={documentId} passageId={view.passage} selectedFeatureId={view.feature} lang={lang}
          onClose={() => setView({ passage: null })} onSelectFeature={selectFeature} onHoverFeature={setHoveredId} onFocusFeature={setFocusedId}
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
