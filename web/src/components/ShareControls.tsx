import { useState } from 'react';
import { STRINGS, type Lang } from '../i18n/strings';
import { exportUrl, type FeatureFilter } from '../state/feature-filter';

interface Props {
  visibleLayers: string[];
  filter: FeatureFilter;
  lang: Lang;
}

/** The link to this exact view, and the places on screen with their citations as files. */
export function ShareControls({ visibleLayers, filter, lang }: Props) {
  const t = STRINGS[lang];
  const [copied, setCopied] = useState(false);
  const canExport = visibleLayers.length > 0;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
    } catch {
      // clipboard refused (no permission, insecure context): select a text field instead
      window.prompt(t.copyLink, window.location.href);
    }
    setCopied(true);
    window.setTimeout(() => setCopied(false), 2000);
  };
  return (
    <section className="share" aria-label={t.share}>
      <button type="button" onClick={copy}>
        {copied ? t.linkCopied : t.copyLink}
      </button>
      {/* no layer on screen, nothing to export: the API refuses an empty layers list (400) */}
      <a className="button" href={canExport ? exportUrl(visibleLayers, filter, 'geojson') : undefined} aria-disabled={!canExport} download>
        {t.exportGeoJson}
      </a>
      <a className="button" href={canExport ? exportUrl(visibleLayers, filter, 'csv') : undefined} aria-disabled={!canExport} download>
        {t.exportCsv}
      </a>
      <span role="status" className="visually-hidden">{copied ? t.linkCopied : ''}</span>
    </section>
  );
}
