import { useEffect, useMemo, useState } from 'react';
import type { DocumentMeta } from '../../types/atlas';
import catalog from '../../geodata/layers.json';
import { api } from './api/client';
import { DocumentReader } from './components/DocumentReader';
import { FeaturePanel } from './components/FeaturePanel';
import { LayerPanel } from './components/LayerPanel';
import { MapView } from './components/MapView';
import { SearchBox } from './components/SearchBox';
import { StatusBanner } from './components/StatusBanner';
import { STRINGS } from './i18n/strings';
import { defaultVisibleLayers } from './state/layer-groups';
import { useAtlasLayers } from './state/use-atlas-layers';
import { documentIdOfPassage, useHashState } from './state/use-hash-state';
import { useLang } from './state/use-lang';

export function App() {
  const [lang, toggleLang] = useLang();
  const t = STRINGS[lang];
  const [view, setView] = useHashState();
  const layers = useAtlasLayers();
  const [documents, setDocuments] = useState(new Map<string, DocumentMeta>());
  const [hoveredId, setHoveredId] = useState<string | null>(null);

  useEffect(() => {
    api.documents().then((list) => setDocuments(new Map(list.map((d) => [d.id, d]))), () => undefined);
  }, []);

  const visible = useMemo(() => new Set(view.layers ?? defaultVisibleLayers(layers.descriptors)), [view.layers, layers.descriptors]);
  const featureById = useMemo(() => new Map([...layers.data.values()].flatMap((c) => c.features.map((f) => [String(f.id), f] as const))), [layers.data]);

  const toggleLayer = (id: string, on: boolean) => {
    const next = layers.descriptors.map((d) => d.id).filter((l) => (l === id ? on : visible.has(l)));
    setView({ layers: next });
  };
  const selectFeature = (featureId: string) => setView({ feature: featureId, passage: null });
  const openPassage = (passageId: string) => setView({ passage: passageId });

  return (
    <div className={`app${view.feature || view.passage ? ' has-panel' : ''}`}>
      <header className="topbar">
        <h1>{t.appTitle} <small>{t.appSubtitle}</small></h1>
        <SearchBox lang={lang} onSelectFeature={selectFeature} onOpenPassage={openPassage} />
        <button type="button" className="lang-toggle" onClick={toggleLang} lang={lang === 'zh' ? 'en' : 'zh'}>{t.language}</button>
      </header>
      <aside className="sidebar">
        <LayerPanel descriptors={layers.descriptors} groups={catalog.groups} visible={visible} lang={lang} onToggle={toggleLayer} />
      </aside>
      <MapView
        descriptors={layers.descriptors}
        data={layers.data}
        visible={visible}
        selected={view.feature ? featureById.get(view.feature) ?? null : null}
        hovered={hoveredId ? featureById.get(hoveredId) ?? null : null}
        lang={lang}
        onSelect={selectFeature}
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
        />
      ) : view.feature ? (
        <FeaturePanel
          featureId={view.feature}
          documents={documents}
          lang={lang}
          onClose={() => setView({ feature: null })}
          onOpenPassage={openPassage}
          onSelectFeature={selectFeature}
          onHoverFeature={setHoveredId}
        />
      ) : null}
    </div>
  );
}
