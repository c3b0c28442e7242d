import { useEffect, useRef } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { AtlasFeature, AtlasFeatureCollection, LayerDescriptor } from '../../../types/atlas';
import type { Lang } from '../i18n/strings';
import { AtlasMap } from '../map/atlas-map';

interface Props {
  descriptors: LayerDescriptor[];
  data: Map<string, AtlasFeatureCollection>;
  visible: Set<string>;
  /** only these places are drawn (null: all) */
  allowedIds: string[] | null;
  selected: AtlasFeature | null;
  hovered: AtlasFeature | null;
  lang: Lang;
  onSelect: (featureId: string) => void;
  /** hands the map to tools that draw on it (measure, reach, facts) */
  onReady?: (atlas: AtlasMap | null) => void;
  label: string;
}

/** The map canvas. The MapLibre instance lives in AtlasMap; this only forwards changes to it. */
export function MapView({ descriptors, data, visible, allowedIds, selected, hovered, lang, onSelect, onReady, label }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const atlas = useRef<AtlasMap | null>(null);
  const added = useRef(new Set<string>());
  const onSelectRef = useRef(onSelect);
  onSelectRef.current = onSelect;

  useEffect(() => {
    atlas.current = new AtlasMap({
      container: container.current!,
      lang,
      onSelect: (id) => onSelectRef.current(id),
    });
    (window as unknown as { __atlasMap?: unknown }).__atlasMap = atlas.current.map;
    onReady?.(atlas.current);
    return () => {
      onReady?.(null);
      atlas.current?.destroy();
      atlas.current = null;
      added.current.clear();
    };
    // the map is created once; language changes are applied in place below
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Add each layer once, in catalogue order, as its data arrives.
  useEffect(() => {
    const map = atlas.current;
    if (!map) return;
    void (async () => {
      for (const descriptor of descriptors) {
        const collection = data.get(descriptor.id);
        if (!collection || added.current.has(descriptor.id)) continue;
        added.current.add(descriptor.id);
        await map.addLayer(descriptor, collection, visible.has(descriptor.id), descriptors);
      }
    })();
  }, [descriptors, data, visible]);

  useEffect(() => {
    for (const descriptor of descriptors) {
      if (added.current.has(descriptor.id)) atlas.current?.setVisible(descriptor.id, visible.has(descriptor.id));
    }
  }, [descriptors, visible, data]);

  useEffect(() => atlas.current?.setLanguage(lang), [lang]);

  useEffect(() => {
    void atlas.current?.whenReady().then(() => atlas.current?.setAllowedFeatures(allowedIds));
  }, [allowedIds]);

  useEffect(() => {
    void atlas.current?.highlight('selection', selected);
    if (selected) atlas.current?.flyTo(selected);
  }, [selected]);

  useEffect(() => {
    void atlas.current?.highlight('hover', hovered);
  }, [hovered]);

  return <div ref={container} className="map" role="region" aria-label={label} />;
}
