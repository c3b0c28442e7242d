import { useEffect, useState } from 'react';
import type { MapLayerMouseEvent } from 'maplibre-gl';
import type { AtlasFeature } from '../../../types/atlas';
import { api } from '../api/client';
import { CLAIM_MEASURE_LABELS, STRINGS, type Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import { FACT_MEASURES, FACTS_LAYER_IDS, FACTS_SOURCE_ID, factsCollection, factsLayers, type FactMeasure } from '../map/facts-layer';

interface Props {
  atlas: AtlasMap | null;
  features: AtlasFeature[];
  lang: Lang;
  onOpenPassage: (passageId: string) => void;
}

/**
 * The facts layer: places sized by a figure the documents state (investment, area, …), the
 * latest reported value labelled; a click opens the passage that states it.
 */
export function FactsControl({ atlas, features, lang, onOpenPassage }: Props) {
  const t = STRINGS[lang];
  const [measure, setMeasure] = useState<FactMeasure | ''>('');
  const [count, setCount] = useState<number | null>(null);

  useEffect(() => {
    if (!atlas || !measure || features.length === 0) return;
    const map = atlas.map;
    const abort = new AbortController();
    let layerIds: string[] = [];
    const onClick = (event: MapLayerMouseEvent) => {
      const passageId = event.features?.[0]?.properties?.passageId;
      if (typeof passageId === 'string') onOpenPassage(passageId);
    };
    void Promise.all([api.allClaims(measure, abort.signal), atlas.whenReady()]).then(([claims]) => {
      if (abort.signal.aborted) return;
      const collection = factsCollection(features, claims, { measure });
      setCount(collection.features.length);
      map.addSource(FACTS_SOURCE_ID, { type: 'geojson', data: collection });
      const layers = factsLayers(collection, lang);
      for (const layer of layers) map.addLayer(layer);
      layerIds = layers.map((l) => l.id);
      map.on('click', FACTS_LAYER_IDS.circles, onClick);
      atlas.claimClicks(FACTS_LAYER_IDS.circles, true);
    }, () => setCount(null));
    return () => {
      abort.abort();
      map.off('click', FACTS_LAYER_IDS.circles, onClick);
      atlas.claimClicks(FACTS_LAYER_IDS.circles, false);
      if (!map.style) return;
      for (const id of [...layerIds].reverse()) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(FACTS_SOURCE_ID)) map.removeSource(FACTS_SOURCE_ID);
    };
  }, [atlas, measure, features, lang, onOpenPassage]);

  return (
    <label className="facts-control">
      {t.factsLayer}
      <select value={measure} onChange={(e) => setMeasure(e.target.value as FactMeasure | '')}>
        <option value="">{t.factsNone}</option>
        {FACT_MEASURES.map((m) => (
          <option key={m} value={m}>
            {CLAIM_MEASURE_LABELS[lang][m]}
          </option>
        ))}
      </select>
      {measure && count !== null ? <span className="muted" aria-live="polite">{t.factsCount(count)}</span> : null}
    </label>
  );
}
