import { useEffect, useMemo, useState } from 'react';
import type { AtlasFeature, ServedClaim } from '../../../types/atlas';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';
import { CLAIM_MEASURE_LABELS, STRINGS, type Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import { FACT_MEASURES, FACTS_LAYER_IDS, FACTS_SOURCE_ID, factRadius, factsCollection, factsLabelField, factsLayers, type FactMeasure } from '../map/facts-layer';
import { useMapOverlay } from './use-map-overlay';

interface Props {
  atlas: AtlasMap | null;
  features: AtlasFeature[];
  lang: Lang;
  onOpenPassage: (passageId: string) => void;
}

/** built once: what depends on the data or the language is set in place below */
const layers = () => factsLayers({ type: 'FeatureCollection', features: [] }, 'zh');

/**
 * The facts layer: places sized by a figure the documents state (investment, area, …), the
 * latest reported value labelled; a click opens the passage that states it. The claims are
 * fetched once per measure; a change of language or of loaded places updates the drawing in
 * place, through the one overlay lifecycle (use-map-overlay.ts).
 */
export function FactsControl({ atlas, features, lang, onOpenPassage }: Props) {
  const t = STRINGS[lang];
  const [measure, setMeasure] = useState<FactMeasure | ''>('');
  // the answer names its measure: for the one render after a switch, the old answer is not drawn as the new measure
  const { data: claims } = useApiResource<{ measure: FactMeasure; claims: ServedClaim[] }>(
    measure ? (signal) => api.allClaims(measure, signal).then((list) => ({ measure, claims: list })) : null,
    [measure],
  );

  const collection = useMemo(
    () => (claims && claims.measure === measure ? factsCollection(features, claims.claims, { measure: claims.measure }) : null),
    [claims, measure, features],
  );
  const overlay = useMapOverlay(measure ? atlas : null, FACTS_SOURCE_ID, layers, collection, {
    layers: [FACTS_LAYER_IDS.circles],
    handler: (properties) => {
      if (typeof properties.passageId === 'string') onOpenPassage(properties.passageId);
    },
  });

  useEffect(() => {
    overlay?.setLayoutProperty(FACTS_LAYER_IDS.labels, 'text-field', factsLabelField(lang));
  }, [overlay, lang]);

  useEffect(() => {
    if (!collection) return;
    overlay?.setPaintProperty(FACTS_LAYER_IDS.circles, 'circle-radius', factRadius(Math.max(0, ...collection.features.map((f) => f.properties.size))));
  }, [overlay, collection]);

  const count = collection?.features.length ?? null;
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
