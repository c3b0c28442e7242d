import { lazy, Suspense } from 'react';
import type { AtlasFeature, DocumentMeta, LayerDescriptor } from '../../../types/atlas';
import { STRINGS, type Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import type { FeatureFilter } from '../state/feature-filter';
import type { VisiblePlaces } from '../state/use-visible-places';
import { FeatureList } from './FeatureList';
import { FilterPanel } from './FilterPanel';
import { LayerPanel } from './LayerPanel';
import { ShareControls } from './ShareControls';

interface Props {
  open: boolean;
  lang: Lang;
  descriptors: LayerDescriptor[];
  places: VisiblePlaces;
  documents: DocumentMeta[];
  selected: AtlasFeature | null;
  atlas: AtlasMap | null;
  showDiscrepancies: boolean;
  onToggleLayer: (layerId: string, on: boolean) => void;
  onFilter: (filter: FeatureFilter) => void;
  onSelectFeature: (featureId: string) => void;
  onOpenPassage: (passageId: string) => void;
  onToggleDiscrepancies: () => void;
  addDocumentOpen: boolean;
  onAddDocument: () => void;
}

// The tools (and the geometry library they need) load after the first view, not before it.
const MeasureTool = lazy(() => import('../tools/MeasureTool').then((m) => ({ default: m.MeasureTool })));
const ReachTool = lazy(() => import('../tools/ReachTool').then((m) => ({ default: m.ReachTool })));
const ZoneQuery = lazy(() => import('../tools/ZoneQuery').then((m) => ({ default: m.ZoneQuery })));
const PrintView = lazy(() => import('../tools/PrintView').then((m) => ({ default: m.PrintView })));
const FactsControl = lazy(() => import('../tools/FactsControl').then((m) => ({ default: m.FactsControl })));

/** Everything beside the map: layers, filters, the list of places, sharing and the tools. */
export function Sidebar(props: Props) {
  const { lang, places, atlas, selected, onSelectFeature } = props;
  const t = STRINGS[lang];
  return (
    <aside id="sidebar" className={`sidebar${props.open ? ' open' : ''}`} aria-label={t.layers}>
      <LayerPanel descriptors={props.descriptors} visible={places.visible} counts={places.counts} lang={lang} onToggle={props.onToggleLayer} />
      <FilterPanel filter={places.filter} documents={props.documents} lang={lang} onChange={props.onFilter} />
      <FeatureList
        features={places.shown}
        tiledLayers={props.descriptors.filter((d) => d.delivery === 'vector' && places.visible.has(d.id))}
        selectedId={selected ? String(selected.id) : null} lang={lang} onSelect={onSelectFeature} />
      <ShareControls visibleLayers={[...places.visible]} filter={places.filter} lang={lang} />
      <section className="tools" aria-label={t.tools}>
        <Suspense fallback={<p className="muted">{t.loading}</p>}>
        <MeasureTool atlas={atlas} lang={lang} />
        <ReachTool atlas={atlas} lang={lang} selected={selected} features={places.features} onSelectFeature={onSelectFeature} />
        <ZoneQuery atlas={atlas} lang={lang} selected={selected} features={places.features} onSelectFeature={onSelectFeature} />
        <PrintView atlas={atlas} lang={lang} selected={selected} descriptors={props.descriptors} />
        <FactsControl atlas={atlas} features={places.features} lang={lang} onOpenPassage={props.onOpenPassage} />
        </Suspense>
      </section>
      <button type="button" className="sidebar-button" aria-pressed={props.showDiscrepancies} onClick={props.onToggleDiscrepancies}>
        ⚖ {t.discrepanciesTitle}
      </button>
      <a href="#add-document" className="sidebar-button" aria-current={props.addDocumentOpen ? 'page' : undefined} onClick={(event) => { event.preventDefault(); props.onAddDocument(); }}>
        ＋ {t.addDocument}
      </a>
    </aside>
  );
}
