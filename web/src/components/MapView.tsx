import { useEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AtlasFeature, AtlasFeatureCollection, LayerDescriptor } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import type { AtlasMap, PlaceFilter } from '../map/atlas-map';
import { loadAtlasMap } from '../map/load-atlas-map';
import { BasemapNote } from './BasemapNote';

interface Props {
  descriptors: LayerDescriptor[];
  data: Map<string, AtlasFeatureCollection>;
  visible: Set<string>;
  /** only the places passing this are drawn (null: all) */
  placeFilter: PlaceFilter | null;
  selected: AtlasFeature | null;
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
export function MapView({ descriptors, data, visible, placeFilter, selected, hovered, lang, onSelect, onReady, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [atlas, setAtlas] = useState<AtlasMap | null>(null);
  const added = useRef(new Set<string>());
  /** the collection each GeoJSON layer draws, to see when a new one arrives */
  const shown = useRef(new Map<string, AtlasFeatureCollection>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;
  const langRef = useRef(lang);
  langRef.current = lang;

  useEffect(() => {
    let created: AtlasMap | null = null;
    let cancelled = false;
    void loadAtlasMap().then(({ AtlasMap }) => {
      if (cancelled) return;
      created = new AtlasMap({ container: container.current!, lang: langRef.current, onSelect: (id) => onSelectRef.current(id) });
      (window as unknown as { __atlasMap?: unknown }).__atlasMap = created.map;
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
    if (selected) atlas?.flyTo(selected);
  }, [atlas, selected]);

  useEffect(() => {
    void atlas?.highlight('hover', hovered);
  }, [atlas, hovered]);

  return (
    <>
      <div ref={container} className="map" role="region" aria-label={label} />
      <BasemapNote atlas={atlas} lang={lang} />
    </>
  );
}
