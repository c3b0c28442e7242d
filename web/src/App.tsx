import { useCallback, useMemo, useState } from 'react';
import catalog from '../../geodata/layers.json';
import { DiscrepanciesView } from './components/DiscrepanciesView';
import { DocumentReader } from './components/DocumentReader';
import { FactsControl } from './components/FactsControl';
import { FeatureList } from './components/FeatureList';
import { FeaturePanel } from './components/FeaturePanel';
import { FilterPanel } from './components/FilterPanel';
import { LayerPanel } from './components/LayerPanel';
import { MapView } from './components/MapView';
import { SearchBox } from './components/SearchBox';
import { ShareControls } from './components/ShareControls';
import { StatusBanner } from './components/StatusBanner';
import { STRINGS } from './i18n/strings';
import type { AtlasMap } from './map/atlas-map';
import { countsByLayer, isFiltering, matchesFilter, visibleFeatures, type FeatureFilter } from './state/feature-filter';
import { defaultVisibleLayers } from './state/layer-groups';
import { useAtlasLayers } from './state/use-atlas-layers';
import { useDocuments } from './state/use-documents';
import { documentIdOfPassage, useHashState } from './state/use-hash-state';
import { useLang } from './state/use-lang';
import { MeasureTool } from './tools/MeasureTool';
import { PrintView } from './tools/PrintView';
import { ReachTool } from './tools/ReachTool';
import { ZoneQuery } from './tools/ZoneQuery';

export function App() {
  const [lang, toggleLang] = useLang();
  const t = STRINGS[lang];
  const [view, setView] = useHashState();
  const layers = useAtlasLayers();
  const documents = useDocuments();
  const [hoveredId, setHoveredId] = useState<string | null>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  // on a phone the layer panel is a sheet the planner opens; on a laptop it is always there
  const [sidebarOpen, setSidebarOpen] = useState(false);
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const [showDiscrepancies, setShowDiscrepancies] = useState(false);

  const features = useMemo(() => [...layers.data.values()].flatMap((c) => c.features), [layers.data]);
  const featureById = useMemo(() => new Map(features.map((f) => [String(f.id), f])), [features]);
  const visible = useMemo(() => new Set(view.layers ?? defaultVisibleLayers(layers.descriptors)), [view.layers, layers.descriptors]);
  const filter: FeatureFilter = useMemo(() => ({ statuses: view.status, precisions: view.precision, documentId: view.doc }), [view.status, view.precision, view.doc]);
  const allowedIds = useMemo(() => (isFiltering(filter) ? features.filter((f) => matchesFilter(f, filter)).map((f) => String(f.id)) : null), [features, filter]);
  const counts = useMemo(() => (isFiltering(filter) ? countsByLayer(features, filter) : null), [features, filter]);
  const shown = useMemo(() => visibleFeatures(features, visible, filter), [features, visible, filter]);
  const documentMetas = useMemo(() => new Map(documents.map((d) => [d.id, d])), [documents]);

  const toggleLayer = (id: string, on: boolean) => setView({ layers: layers.descriptors.map((d) => d.id).filter((l) => (l === id ? on : visible.has(l))) });
  const setFilter = (next: FeatureFilter) => setView({ status: next.statuses, precision: next.precisions, doc: next.documentId });
  // stable, because tools subscribe map events with them
  const selectFeature = useCallback((featureId: string) => setView({ feature: featureId, passage: null }), [setView]);
  const openPassage = useCallback((passageId: string) => setView({ passage: passageId }), [setView]);
  const selected = view.feature ? (featureById.get(view.feature) ?? null) : null;

  return (
    <div className={`app${view.feature || view.passage ? ' has-panel' : ''}`}>
      <header className="topbar">
        <h1>{t.appTitle} <small>{t.appSubtitle}</small></h1>
        <SearchBox lang={lang} onSelectFeature={selectFeature} onOpenPassage={openPassage} />
        <button type="button" className="sidebar-toggle" aria-expanded={sidebarOpen} aria-controls="sidebar" onClick={() => setSidebarOpen((o) => !o)}>
          ☰ {t.layers}
        </button>
        <button type="button" className="lang-toggle" onClick={toggleLang} lang={lang === 'zh' ? 'en' : 'zh'}>{t.language}</button>
      </header>
      <aside id="sidebar" className={`sidebar${sidebarOpen ? ' open' : ''}`} aria-label={t.layers}>
        <LayerPanel descriptors={layers.descriptors} groups={catalog.groups} visible={visible} counts={counts} lang={lang} onToggle={toggleLayer} />
        <FilterPanel filter={filter} documents={documents} lang={lang} onChange={setFilter} />
        <FeatureList features={shown} selectedId={view.feature} lang={lang} onSelect={selectFeature} />
        <ShareControls visibleLayers={[...visible]} filter={filter} lang={lang} />
        <section className="tools" aria-label="tools">
          <MeasureTool atlas={atlas} lang={lang} />
          <ReachTool atlas={atlas} lang={lang} selected={selected} features={features} onSelectFeature={selectFeature} />
          <ZoneQuery atlas={atlas} lang={lang} selected={selected} features={features} onSelectFeature={selectFeature} />
          <PrintView atlas={atlas} lang={lang} selected={selected} />
          <FactsControl atlas={atlas} features={features} lang={lang} onOpenPassage={openPassage} />
        </section>
        <button type="button" className="sidebar-button" aria-pressed={showDiscrepancies} onClick={() => setShowDiscrepancies((on) => !on)}>
          ⚖ {t.discrepanciesTitle}
        </button>
      </aside>
      <MapView
        descriptors={layers.descriptors}
        data={layers.data}
        visible={visible}
        allowedIds={allowedIds}
        selected={focusedId ? (featureById.get(focusedId) ?? null) : selected}
        hovered={hoveredId ? (featureById.get(hoveredId) ?? null) : null}
        lang={lang}
        onSelect={selectFeature}
        onReady={setAtlas}
        label={t.appTitle}
      />
      <StatusBanner lang={lang} loaded={layers.loaded} total={layers.descriptors.length} error={layers.error} onRetry={layers.retry} />
      {view.passage ? (
        <DocumentReader
          documentId={documentIdOfPassage(view.passage)}
          passageId={view.passage}
          selectedFeatureId={view.feature}
          lang={lang}
          onClose={() => setView({ passage: null })}
          onSelectFeature={selectFeature}
          onHoverFeature={setHoveredId}
          onFocusFeature={setFocusedId}
          documentPlacesOnly={view.doc === documentIdOfPassage(view.passage)}
          onDocumentPlacesOnly={(doc) => setView({ doc })}
        />
      ) : view.feature ? (
        <FeaturePanel
          featureId={view.feature}
          documents={documentMetas}
          lang={lang}
          onClose={() => setView({ feature: null })}
          onOpenPassage={openPassage}
          onSelectFeature={selectFeature}
          onHoverFeature={setHoveredId}
        />
      ) : showDiscrepancies ? (
        <DiscrepanciesView lang={lang} onOpenPassage={openPassage} onSelectFeature={selectFeature} onClose={() => setShowDiscrepancies(false)} />
      ) : null}
    </div>
  );
}
