import { useEffect, useMemo, useRef, useState } from 'react';
import { bbox } from '@turf/turf';
import type { Feature, FeatureCollection } from 'geojson';
import { STATUS_LABELS } from '../i18n/strings';
import { TOOL_STRINGS, fill } from './tool-strings';
import { TOOL_SOURCES, zoneLayers } from './tool-styles';
import { ToolPanel, placeName, type PlannerToolProps } from './ToolPanel';
import { useMapOverlay } from './use-map-overlay';
import { ZONE_QUERY_DEFAULTS, bufferedZone, isAreaFeature, pendingTransportTouching, zoneContents, type ZoneHit } from './zone-query';

/**
 * What lies inside the cooperation zone (or any area chosen): points inside, lines crossing,
 * areas overlapping, and the planned or proposed transport projects that touch it, as lists a
 * keyboard can walk with the arrow keys; choosing one opens it.
 */
export function ZoneQuery({ atlas, lang, selected, features, onSelectFeature }: PlannerToolProps) {
  const t = TOOL_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [zoneId, setZoneId] = useState(ZONE_QUERY_DEFAULTS.zoneId);
  const [bufferKm, setBufferKm] = useState(ZONE_QUERY_DEFAULTS.bufferKm);
  const results = useRef<HTMLDivElement>(null);

  const areas = useMemo(() => features.filter(isAreaFeature), [features]);
  const zone = areas.find((f) => f.id === zoneId) ?? null;

  const toggle = (next: boolean) => {
    // the zone is chosen when the tool opens: opening a result afterwards must not change it
    if (next) setZoneId(selected && isAreaFeature(selected) ? selected.id : ZONE_QUERY_DEFAULTS.zoneId);
    setOpen(next);
  };

  const contents = useMemo(() => (zone ? zoneContents(zone, features) : null), [zone, features]);
  const transport = useMemo(() => (zone ? pendingTransportTouching(zone, features, { ...ZONE_QUERY_DEFAULTS, bufferKm }) : []), [zone, features, bufferKm]);

  const overlay = useMemo((): FeatureCollection | null => {
    if (!zone) return null;
    const widened = bufferedZone(zone, bufferKm);
    const parts: Feature[] = [
      ...(widened ? [{ ...widened, properties: { part: 'buffer' } }] : []),
      { type: 'Feature', geometry: zone.geometry, properties: { part: 'zone' } },
      ...transport.map((hit): Feature => ({ type: 'Feature', geometry: hit.feature.geometry, properties: { part: 'hit', id: hit.feature.id } })),
    ];
    return { type: 'FeatureCollection', features: parts };
  }, [zone, bufferKm, transport]);
  const drawn = useMapOverlay(open ? atlas : null, TOOL_SOURCES.zone, zoneLayers, overlay);

  useEffect(() => {
    if (!drawn || !zone) return;
    const [west, south, east, north] = bbox(zone);
    atlas?.fitBounds([west, south, east, north], { padding: 60, maxZoom: 13 });
  }, [drawn, atlas, zone]);

  // arrow keys, Home and End move between the results; Tab still works as usual
  const onKeyDown = (event: React.KeyboardEvent) => {
    const buttons = [...(results.current?.querySelectorAll<HTMLButtonElement>('button[data-feature-id]') ?? [])].filter((b) => !b.closest('details:not([open])'));
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined || at < 0 || buttons.length === 0) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))].focus();
  };

  const zoneOptions = areas.filter((f) => f.properties.layer === 'zones' || f.id === zoneId || f.id === selected?.id);
  const sections: { key: string; title: string; hits: ZoneHit[] }[] = contents
    ? [
        { key: 'points', title: t.pointsInside, hits: contents.points },
        { key: 'lines', title: t.linesInside, hits: contents.lines },
        { key: 'polygons', title: t.polygonsOverlapping, hits: contents.polygons },
      ]
    : [];

  return (
    <ToolPanel label={t.zoneTool} open={open} onToggle={toggle} className="tool-zone">
      <label className="tool-field">
        {t.zone}
        <select value={zoneId} onChange={(e) => setZoneId(e.target.value)}>
          {zoneOptions.map((f) => (
            <option key={f.id} value={f.id}>{f.id === selected?.id ? fill(t.zoneSelectedShape, { name: placeName(f, lang) }) : placeName(f, lang)}</option>
          ))}
        </select>
      </label>
      <label className="tool-field tool-field-inline">
        {t.bufferKm}
        <input type="number" min={0} max={10} step={0.5} value={bufferKm} onChange={(e) => setBufferKm(Math.max(0, Number(e.target.value) || 0))} />
      </label>
      {zone?.properties.precision === 'indicative' ? <p className="tool-caveat">{t.zoneIndicative}</p> : null}
      {zone && contents ? (
        <p className="tool-result" role="status" aria-live="polite">
          {fill(t.zoneSummary, { zone: placeName(zone, lang), points: contents.points.length, lines: contents.lines.length, polygons: contents.polygons.length, transport: transport.length })}
        </p>
      ) : null}
      <div ref={results} className="tool-results" onKeyDown={onKeyDown}>
        <HitList title={t.transportTouching} hits={transport} lang={lang} onSelectFeature={onSelectFeature} open>
          <p className="tool-note">{fill(t.transportNote, { km: bufferKm })}</p>
        </HitList>
        {sections.map((section) => (
          <HitList key={section.key} title={section.title} hits={section.hits} lang={lang} onSelectFeature={onSelectFeature} open={section.key === 'points'} />
        ))}
      </div>
    </ToolPanel>
  );
}

interface HitListProps {
  title: string;
  hits: ZoneHit[];
  lang: PlannerToolProps['lang'];
  onSelectFeature: (id: string) => void;
  /** open at first; the planner folds and unfolds it */
  open: boolean;
  children?: React.ReactNode;
}

/** One group of results, foldable, so a zone with fifty places inside stays readable. */
function HitList({ title, hits, lang, onSelectFeature, open, children }: HitListProps) {
  const t = TOOL_STRINGS[lang];
  return (
    <details className="tool-hits" open={open}>
      <summary>{title} <span className="muted">({hits.length})</span></summary>
      {children}
      {hits.length === 0 ? <p className="empty">{t.noneFound}</p> : null}
      <ul>
        {hits.map(({ feature, relation }) => (
          <li key={feature.id}>
            <button type="button" className="tool-hit" data-feature-id={feature.id} onClick={() => onSelectFeature(feature.id)}>
              <span className="tool-hit-name">{placeName(feature, lang)}</span>
              <span className="tool-hit-meta">
                {t[`relation_${relation}`]} · <span className={`status status-${feature.properties.status}`}>{STATUS_LABELS[lang][feature.properties.status]}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
