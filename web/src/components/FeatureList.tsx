import type { AtlasFeature } from '../../../types/atlas';
import { STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { LAYER_COLOURS } from '../map/thematic-palette';

interface Props {
  features: AtlasFeature[];
  selectedId: string | null;
  lang: Lang;
  onSelect: (featureId: string) => void;
}

/** Every place on the map as a list of buttons: the keyboard's way to everything the map shows. */
export function FeatureList({ features, selectedId, lang, onSelect }: Props) {
  const t = STRINGS[lang];
  return (
    <details className="feature-list">
      <summary>
        {t.placeList} ({features.length})
      </summary>
      {features.length === 0 ? <p className="empty">{t.noPlacesShown}</p> : null}
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
