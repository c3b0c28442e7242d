import { useCallback, useEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FilterSpecification } from 'maplibre-gl';
import type { AtlasFeature, AtlasFeatureCollection, LayerDescriptor } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import type { AtlasMap, Framing, PlaceChoice } from '../map/atlas-map';
import { loadAtlasMap } from '../map/load-atlas-map';
import { BasemapNote } from './BasemapNote';
import { PlaceChooser } from './PlaceChooser';

interface Props {
  descriptors: LayerDescriptor[];
  data: Map<string, AtlasFeatureCollection>;
  visible: Set<string>;
  /** only the places passing this expression are drawn (null: all) */
  placeFilter: FilterSpecification | null;
  selected: AtlasFeature | null;
  /** how a newly selected place moves the map; null: not at all (a shared view wins) */
  framing: Framing | null;
  hovered: AtlasFeature | null;
  lang: Lang;
  onSelect: (featureId: string) => void;
  /** hands the map to tools that draw on it (measure, reach, facts) */
  onReady?: (atlas: AtlasMap | null) => void;
  label: string;
}

/**
 * The map canvas. The MapLibre instance lives in AtlasMap, loaded as its own chunk: the page,
 * its panels and the layer requests start while MapLibre's code is still on its way.
 */
export function MapView({ descriptors, data, visible, placeFilter, selected, framing, hovered, lang, onSelect, onReady, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const [choice, setChoice] = useState<{ choices: PlaceChoice[]; at: { x: number; y: number } } | null>(null);
  const added = useRef(new Set<string>());
  /** the collection each GeoJSON layer draws, to see when a new one arrives */
  const shown = useRef(new Map<string, AtlasFeatureCollection>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const langRef = useRef(lang);
  langRef.current = lang;
  const framingRef = useRef(framing);
  framingRef.current = framing;

  useEffect(() => {
    let created: AtlasMap | null = null;
    let cancelled = false;
    void loadAtlasMap().then(({ AtlasMap }) => {
      if (cancelled) return;
      created = new AtlasMap({
        container: container.current!,
        lang: langRef.current,
        onSelect: (id) => onSelectRef.current(id),
        onChoose: (choices, at) => setChoice({ choices, at }),
      });
      setAtlas(created);
      onReady?.(created);
    });
    return () => {
      cancelled = true;
      onReady?.(null);
      created?.destroy();
      setAtlas(null);
      added.current.clear();
      shown.current.clear();
    };
    // the map is created once; language and data changes are applied in place below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Add each layer once, in catalogue order, as its data arrives (tile layers need none).
  useEffect(() => {
    if (!atlas) return;
    void (async () => {
      for (const descriptor of descriptors) {
        const collection = data.get(descriptor.id) ?? null;
        if (collection && shown.current.get(descriptor.id) !== collection && added.current.has(descriptor.id)) {
          // fetched again after a write: swapped in place
          shown.current.set(descriptor.id, collection);
          atlas.setLayerData(descriptor.id, collection);
        }
        if ((!collection && descriptor.delivery !== 'vector') || added.current.has(descriptor.id)) continue;
        added.current.add(descriptor.id);
        if (collection) shown.current.set(descriptor.id, collection);
        await atlas.addLayer(descriptor, collection, visible.has(descriptor.id), descriptors);
      }
    })();
  }, [atlas, descriptors, data, visible]);

  useEffect(() => {
    for (const descriptor of descriptors) {
      if (added.current.has(descriptor.id)) atlas?.setVisible(descriptor.id, visible.has(descriptor.id));
    }
  }, [atlas, descriptors, visible, data]);

  useEffect(() => atlas?.setLanguage(lang), [atlas, lang]);

  useEffect(() => {
    void atlas?.whenReady().then(() => atlas.setPlaceFilter(placeFilter));
  }, [atlas, placeFilter]);

  useEffect(() => {
    void atlas?.highlight('selection', selected);
    const how = framingRef.current;
    if (selected && how) void atlas?.show(selected, how);
  }, [atlas, selected]);

  useEffect(() => {
    void atlas?.highlight('hover', hovered);
  }, [atlas, hovered]);

  const closeChooser = useCallback(() => setChoice(null), []);
  const choose = useCallback((id: string) => {
    setChoice(null);
    onSelectRef.current(id);
  }, []);

  return (
    <>
      <div className="map" role="region" aria-label={label}>
        <div ref={container} className="map-canvas" />
        {choice ? <PlaceChooser choices={choice.choices} at={choice.at} lang={lang} onChoose={choose} onClose={closeChooser} /> : null}
      </div>
      <BasemapNote atlas={atlas} lang={lang} />
    </>
  );
}
