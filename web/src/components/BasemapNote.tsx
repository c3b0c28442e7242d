import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { BasemapInfo } from '../../../types/basemap';
import type { Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import { BASEMAP_HELP_HEADING, loadBasemapHelp } from '../map/basemap-help';
import { loadBasemapInfo } from '../map/load-atlas-map';
import './BasemapNote.css';

const TEXT = {
  zh: {
    body: (z: number) => `内置底图在 ${z} 级以上只有水系和省界，没有街道、运河名称和村庄。一份 OpenStreetMap 区域底图（联网下载一次，此后离线可用）可以补上这些细节。`,
    help: 'README：如何制作',
  },
  en: {
    body: (z: number) => `Beyond zoom ${z} the built-in basemap has only water and province borders: no streets, canal names or villages. An OpenStreetMap extract, downloaded once and offline ever after, adds them.`,
    help: 'README: how to cut one',
  },
};

/**
 * A quiet note in the map's corner where the basemap in use has no more detail to show (the
 * committed archive beyond its `detailMaxZoom`), instead of an unexplained plain; it opens the
 * README's section on cutting an OpenStreetMap extract. Nothing when the basemap is complete.
 */
export function BasemapNote({ atlas, lang }: { atlas: AtlasMap | null; lang: Lang }) {
  const [info, setInfo] = useState<BasemapInfo | null>(null);
  const [zoom, setZoom] = useState<number | null>(null);
  const [host, setHost] = useState<HTMLElement | null>(null);
  const [help, setHelp] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void loadBasemapInfo().then((answer) => current && setInfo(answer));
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (!atlas) return;
    // a MapLibre control: the note sits in the map's corner beside the other controls
    const element = document.createElement('div');
    element.className = 'maplibregl-ctrl basemap-note-control';
    const remove = atlas.addCornerControl(element, 'bottom-left');
    setHost(element);
    const stop = atlas.onZoom(setZoom);
    return () => {
      stop();
      remove();
      setHost(null);
    };
  }, [atlas]);

  const limit = info?.detailMaxZoom ?? null;
  if (!host || limit === null || zoom === null || zoom < limit + 1) return null;
  const t = TEXT[lang];
  return createPortal(
    <aside className="basemap-note" role="note" aria-label="底图细节 · Basemap detail">
      <p className="basemap-note-title">
        <span lang="zh">底图细节到此为止</span> · <span lang="en">Basemap detail ends here</span>
      </p>
      <p className="basemap-note-body" lang={lang}>{t.body(limit)}</p>
      <details onToggle={(e) => (e.currentTarget.open && help === null ? void loadBasemapHelp().then(setHelp) : undefined)}>
        <summary lang={lang}>{t.help}</summary>
        <pre className="basemap-note-help" aria-label={BASEMAP_HELP_HEADING}>
          {help ?? '…'}
        </pre>
      </details>
    </aside>,
    host,
  );
}
