import type { AtlasFeature, LayerDescriptor } from '../../../types/atlas';
import { STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { LAYER_COLOURS } from '../map/thematic-palette';

interface Props {
  features: AtlasFeature[];
  /** visible layers drawn from vector tiles: their places are not in the browser to list */
  tiledLayers: LayerDescriptor[];
  selectedId: string | null;
  lang: Lang;
  onSelect: (featureId: string) => void;
}

/** Every place on the map as a list of buttons: the keyboard's way to everything the map shows. */
export function FeatureList({ features, tiledLayers, selectedId, lang, onSelect }: Props) {
  const t = STRINGS[lang];
  const tiled = tiledLayers.reduce((n, d) => n + d.featureCount, 0);
  const tiledNames = tiledLayers.map((d) => (lang === 'en' ? d.title_en : d.title_zh)).join(lang === 'en' ? ', ' : '、');
  return (
    <details className="feature-list">
      <summary>
        {t.placeList} ({features.length})
      </summary>
      {features.length === 0 && tiled === 0 ? <p className="empty">{t.noPlacesShown}</p> : null}
      {tiled > 0 ? <p className="muted">{t.tiledNotListed(tiled, tiledNames)}</p> : null}
      <ul aria-label={t.placeList}>
        {features.map((feature) => (
          <li key={feature.id}>
            <button
              type="button"
              aria-current={feature.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(String(feature.id))}
            >
              <span className="dot" style={{ background: LAYER_COLOURS[feature.properties.layer] }} aria-hidden="true" />
              <span>{lang === 'en' ? feature.properties.name_en : feature.properties.name_zh}</span>
              <span className="muted"> · {STATUS_LABELS[lang][feature.properties.status]}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
