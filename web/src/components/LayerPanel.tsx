import type { LayerDescriptor } from '../../../types/atlas';
import { STRINGS, type Lang } from '../i18n/strings';
import { LAYER_COLOURS } from '../map/thematic-palette';
import { groupLayers } from '../state/layer-groups';
import { Legend } from './Legend';

interface Props {
  descriptors: LayerDescriptor[];
  visible: Set<string>;
  /** per layer, how many places pass the filters (null: no filter) */
  counts: Map<string, number> | null;
  lang: Lang;
  onToggle: (layerId: string, on: boolean) => void;
}

/** Layer toggles grouped by theme, each a real checkbox labelled with the layer's name. */
export function LayerPanel({ descriptors, visible, counts, lang, onToggle }: Props) {
  const t = STRINGS[lang];
  return (
    <section className="layer-panel" aria-labelledby="layers-heading">
      <h2 id="layers-heading">{t.layers}</h2>
      {groupLayers(descriptors).map((group) => (
        <fieldset key={group.id} className="layer-group">
          <legend>{lang === 'zh' ? group.title_zh : group.title_en}</legend>
          {group.layers.map((layer) => (
            <label key={layer.id} className="layer-toggle">
              <input
                type="checkbox"
                name="layer"
                value={layer.id}
                checked={visible.has(layer.id)}
                onChange={(event) => onToggle(layer.id, event.target.checked)}
              />
              <span className={`swatch swatch-${layer.geometryType.toLowerCase()}`} style={{ ['--swatch' as string]: LAYER_COLOURS[layer.id] }} aria-hidden="true" />
              <span className="layer-name">{lang === 'zh' ? layer.title_zh : `${layer.title_en} · ${layer.title_zh}`}</span>
              {counts && layer.delivery === 'vector' ? (
                <span className="layer-count" title={t.tiledCount}>–/{layer.featureCount}</span>
              ) : (
                <span className="layer-count">{counts ? `${counts.get(layer.id) ?? 0}/${layer.featureCount}` : layer.featureCount}</span>
              )}
            </label>
          ))}
        </fieldset>
      ))}
      <Legend lang={lang} />
    </section>
  );
}
