/**
 * A tool's own GeoJSON source and style layers on the map: added once the style is ready, on top
 * of the thematic layers; updated in place with setData; removed, layers before the source, when
 * the tool closes or unmounts. Pass `atlas` as null to keep the overlay off the map.
 */
import { useEffect, useState } from 'react';
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasMap } from '../map/atlas-map';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

/**
 * @param layers a module-level factory (e.g. `measureLayers`): the layers are built once per mount
 * @returns the MapLibre map once the overlay is on it, else null
 */
export function useMapOverlay(atlas: AtlasMap | null, sourceId: string, layers: () => LayerSpecification[], data: FeatureCollection | null): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null);

  useEffect(() => {
    if (!atlas) return;
    const target = atlas.map;
    const specs = layers();
    let added = false;
    let cancelled = false;
    // once MapLibre has removed itself, its style is gone: there is nothing left to clean up
    let mapRemoved = false;
    const onRemove = () => (mapRemoved = true);
    target.on('remove', onRemove);
    void atlas.whenReady().then(() => {
      if (cancelled || mapRemoved) return;
      target.addSource(sourceId, { type: 'geojson', data: EMPTY });
      for (const layer of specs) target.addLayer(layer);
      added = true;
      setMap(target);
    });
    return () => {
      cancelled = true;
      target.off('remove', onRemove);
      setMap(null);
      if (!added || mapRemoved) return;
      for (const layer of [...specs].reverse()) if (target.getLayer(layer.id)) target.removeLayer(layer.id);
      if (target.getSource(sourceId)) target.removeSource(sourceId);
    };
  }, [atlas, sourceId, layers]);

  useEffect(() => {
    map?.getSource<GeoJSONSource>(sourceId)?.setData(data ?? EMPTY);
  }, [map, sourceId, data]);

  return map;
}
