/**
 * A tool's own GeoJSON source and style layers on the map, the one overlay lifecycle of the app:
 * added once the style is ready, on top of the thematic layers; updated in place with setData;
 * removed, layers before the source, when the tool closes or unmounts. Pass `atlas` as null to
 * keep the overlay off the map. Tools never hold the MapLibre map itself.
 */
import { useEffect, useRef, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { LayerSpecification } from 'maplibre-gl';
import type { AtlasMap, MapOverlay } from '../map/atlas-map';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export interface OverlayClick {
  /** the overlay's layers a click on which means the overlay's thing, not the place under it */
  layers: string[];
  handler: (properties: Record<string, unknown>) => void;
}

/**
 * @param layers a module-level factory (e.g. `measureLayers`): the layers are built once per mount
 * @param onClick answers clicks on the overlay (the one click path runs through AtlasMap)
 * @returns the overlay once it is on the map, else null
 */
export function useMapOverlay(
  atlas: AtlasMap | null,
  sourceId: string,
  layers: () => LayerSpecification[],
  data: FeatureCollection | null,
  onClick?: OverlayClick,
): MapOverlay | null {
  const [overlay, setOverlay] = useState<MapOverlay | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const clickLayers = onClick?.layers.join(',');

  useEffect(() => {
    if (!atlas) return;
    let cancelled = false;
    let added: MapOverlay | null = null;
    const options = clickLayers ? { onClick: { layers: clickLayers.split(','), handler: (p: Record<string, unknown>) => click.current?.handler(p) } } : {};
    void atlas.addOverlay(sourceId, layers(), options).then((made) => {
      if (cancelled) return made?.remove();
      added = made;
      setOverlay(made);
    });
    return () => {
      cancelled = true;
      setOverlay(null);
      added?.remove();
    };
  }, [atlas, sourceId, layers, clickLayers]);

  useEffect(() => {
    overlay?.setData(data ?? EMPTY);
  }, [overlay, data]);

  return overlay;
}
