import { useEffect, useId, useRef, useState } from 'react';
import { STATUSES, type LayerDescriptor, type LayerId, type Precision } from '../../../types/atlas';
import { apiErrorMessage } from '../api/api-error-message';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';
import { Legend } from '../components/Legend';
import { PRECISION_LABELS, STATUS_LABELS, STRINGS } from '../i18n/strings';
import { activeBasemap } from '../map/basemap-style';
import { LAYER_COLOURS, STATUS_DASHES } from '../map/thematic-palette';
import { documentCitation } from './document-citation';
import type { MapSnapshot } from './map-snapshot';
import { composeSheet, type SheetLegendLayer } from './print-composer';
import { TOOL_STRINGS, fill } from './tool-strings';
import { placeName, type PlannerToolProps } from './ToolPanel';
import './tools.css';
import './print.css';

type Props = Pick<PlannerToolProps, 'atlas' | 'lang' | 'selected'> & {
  /** the layers as GET /api/layers describes them, in legend order */
  descriptors: LayerDescriptor[];
};

const PRECISIONS: Precision[] = ['surveyed', 'approximate', 'schematic', 'indicative'];

/**
 * A print layout of the current map: title, date, the map with scale bar and north arrow, the
 * legend and the source documents; printed with window.print() or saved as one PNG.
 */
export function PrintView({ atlas, lang, selected, descriptors }: Props) {
  const t = TOOL_STRINGS[lang];
  const app = STRINGS[lang];
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [snapshot, setSnapshot] = useState<{ shot: MapSnapshot; url: string } | null>(null);
  const [layers, setLayers] = useState<SheetLegendLayer[]>([]);
  const [error, setError] = useState<string | null>(null);
  const sources = useApiResource(open ? (signal) => api.documents(signal) : null, [open]);
  const documents = sources.data ?? [];
  const documentsError = sources.error ? fill(t.documentsFailed, { error: apiErrorMessage(sources.error, lang).message }) : null;
  const date = localDate(new Date());

  const show = () => {
    setTitle(selected ? `${app.appTitle} · ${placeName(selected, lang)}` : app.appTitle);
    setSnapshot(null);
    setError(null);
    setOpen(true);
  };

  useEffect(() => {
    if (!open) return;
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    const abort = new AbortController();
    if (atlas) {
      setLayers(visibleLayers(atlas.visibleLayers(), lang, descriptors));
      atlas.snapshot().then(
        (shot) => !abort.signal.aborted && setSnapshot({ shot, url: shot.canvas.toDataURL('image/png') }),
        (err: Error) => !abort.signal.aborted && setError(fill(t.snapshotFailed, { error: err.message })),
      );
    }
    return () => abort.abort();
    // a snapshot is taken each time the view opens; a language change does not retake it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open, atlas]);

  const close = () => {
    dialog.current?.close();
    setOpen(false);
  };

  const sourceTexts = documents.map(documentCitation);
  const notes = [`${t.printBasemap}: ${activeBasemap().attribution}`, t.printNote];

  const savePng = () => {
    if (!snapshot) return;
    const sheet = composeSheet({
      title,
      subtitle: `${date} · ${app.appSubtitle}`,
      map: snapshot.shot.canvas,
      pixelRatio: snapshot.shot.pixelRatio,
      legendTitle: t.printLegend,
      layers,
      statuses: STATUSES.map((status) => ({ label: STATUS_LABELS[lang][status], dash: STATUS_DASHES[status] })),
      precisions: PRECISIONS.map((p) => PRECISION_LABELS[lang][p]),
      sourcesTitle: t.printSources,
      sources: sourceTexts,
      notes,
    });
    // toDataURL, not toBlob: toBlob's callback can lag by seconds on a busy machine
    const link = document.createElement('a');
    link.href = sheet.toDataURL('image/png');
    link.download = `wuzhen-atlas-${date}.png`;
    document.body.append(link);
    link.click();
    link.remove();
  };

  return (
    <div className="tool tool-print">
      <button type="button" className="tool-toggle" aria-haspopup="dialog" onClick={show}>{t.printTool}</button>
      {open ? (
        <dialog ref={dialog} className="print-dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
          <div className="print-actions">
            <label className="tool-field tool-field-inline">
              {t.printTitle}
              <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
            </label>
            <button type="button" onClick={savePng} disabled={!snapshot}>{t.savePng}</button>
            <button type="button" onClick={() => window.print()}>{t.print}</button>
            <button type="button" onClick={close}>{t.close}</button>
          </div>
          {error || documentsError ? <p className="tool-warning" role="alert">{[error, documentsError].filter(Boolean).join(' ')}</p> : null}
          <article className="print-sheet">
            <header className="print-header">
              <h2 id={titleId}>{title}</h2>
              <p className="muted">{t.printDate}: <time dateTime={date}>{date}</time> · {app.appSubtitle}</p>
            </header>
            <figure className="print-map">
              {snapshot ? (
                <img src={snapshot.url} alt={`${t.mapSnapshot} · ${t.scale} ${snapshot.shot.scale.label} · ${t.northArrow}`} />
              ) : (
                <p aria-busy="true">{t.preparing}</p>
              )}
            </figure>
            <div className="print-footer">
              <section className="print-legend">
                <h3>{t.printLegend}</h3>
                <ul className="print-layers" aria-label={t.printLayers}>
                  {layers.map((layer) => (
                    <li key={layer.label}>
                      <span className={`swatch swatch-${layer.family.toLowerCase()}`} style={{ ['--swatch' as string]: layer.colour }} aria-hidden="true" />
                      {layer.label}
                    </li>
                  ))}
                </ul>
                <Legend lang={lang} />
              </section>
              <section className="print-sources">
                <h3>{t.printSources}</h3>
                <ol>{sourceTexts.map((text, i) => <li key={documents[i].id}>{text}</li>)}</ol>
                {notes.map((note) => <p key={note} className="muted">{note}</p>)}
              </section>
            </div>
          </article>
        </dialog>
      ) : null}
    </div>
  );
}

/** The thematic layers shown on the map now, in legend order, named in the interface language. */
function visibleLayers(shown: LayerId[], lang: PlannerToolProps['lang'], descriptors: LayerDescriptor[]): SheetLegendLayer[] {
  return descriptors
    .filter((layer) => shown.includes(layer.id))
    .map((layer) => ({
      label: lang === 'zh' ? layer.title_zh : layer.title_en,
      colour: LAYER_COLOURS[layer.id],
      family: layer.geometryType,
    }));
}

/** YYYY-MM-DD in the planner's own time zone (toISOString would give the UTC date). */
function localDate(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}
