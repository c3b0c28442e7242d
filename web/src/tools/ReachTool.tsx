import { useEffect, useMemo, useState } from 'react';
import type { AtlasFeature } from '../../../types/atlas';
import { formatKm, formatMinutes } from './format-units';
import { airportReach, bandRadiusKm, originOf, reachLabels, reachOverlay, reachViewBounds } from './reach';
import { REACH_DEFAULTS } from './reach-speeds';
import { TOOL_STRINGS, fill } from './tool-strings';
import { TOOL_SOURCES, reachLayers } from './tool-styles';
import { ToolPanel, placeName, type PlannerToolProps } from './ToolPanel';
import { useMapOverlay } from './use-map-overlay';

const WUZHEN = 'wuzhen';

/**
 * Rings at 30 / 60 / 120 km and 1 h / 2 h bands by road and by high-speed rail around the
 * selected place, Wuzhen or an airport, and every airport's distance and estimated road time:
 * straight-line estimates for checking claims such as "four airports within two hours".
 */
export function ReachTool({ atlas, lang, selected, features, onSelectFeature }: PlannerToolProps) {
  const t = TOOL_STRINGS[lang];
  const [open, setOpen] = useState(false);
  // a feature id or WUZHEN; chosen when the tool opens, so selecting an airport in the list
  // afterwards does not move the rings
  const [originId, setOriginId] = useState(WUZHEN);
  const airports = useMemo(() => features.filter((f) => f.properties.layer === 'airports'), [features]);

  // the gazetteer's Wuzhen is the WUZHEN option, not a second one
  const asOriginId = (id: string | undefined) => (!id || id === REACH_DEFAULTS.wuzhen.featureId ? WUZHEN : id);
  const toggle = (next: boolean) => {
    if (next) setOriginId(asOriginId(selected?.id));
    setOpen(next);
  };

  const byId = (id: string) => (selected?.id === id ? selected : features.find((f) => f.id === id));
  const originFeature: AtlasFeature | undefined = byId(originId === WUZHEN ? REACH_DEFAULTS.wuzhen.featureId : originId);
  const origin = useMemo(() => {
    if (!originFeature) return { at: REACH_DEFAULTS.wuzhen.at, centreOfShape: false, name: lang === 'zh' ? REACH_DEFAULTS.wuzhen.name_zh : REACH_DEFAULTS.wuzhen.name_en };
    return { ...originOf(originFeature), name: placeName(originFeature, lang) };
  }, [originFeature, lang]);

  const overlay = useMemo(
    () =>
      reachOverlay(origin.at, REACH_DEFAULTS, reachLabels(lang)),
    [origin.at, lang],
  );
  const drawn = useMapOverlay(open ? atlas : null, TOOL_SOURCES.reach, reachLayers, overlay);

  // show the reach once it is drawn, and again when the centre moves
  useEffect(() => {
    if (drawn) atlas?.fitBounds(reachViewBounds(origin.at), { padding: 30 });
  }, [drawn, atlas, origin.at]);

  const rows = useMemo(() => airportReach(origin.at, airports), [origin.at, airports]);
  const hours = REACH_DEFAULTS.claimHours;
  const { road, hsr } = REACH_DEFAULTS.modes;
  // the selection, and the place chosen earlier if the selection has moved on; airports are listed anyway
  const originOptions = [selected, originFeature].filter(
    (f, i, all): f is AtlasFeature => Boolean(f) && all.findIndex((g) => g?.id === f!.id) === i && f!.properties.layer !== 'airports' && asOriginId(f!.id) !== WUZHEN,
  );

  return (
    <ToolPanel label={t.reachTool} open={open} onToggle={toggle} className="tool-reach">
      <label className="tool-field">
        {t.reachOrigin}
        <select value={originId} onChange={(e) => setOriginId(e.target.value)}>
          <option value={WUZHEN}>{lang === 'zh' ? REACH_DEFAULTS.wuzhen.name_zh : REACH_DEFAULTS.wuzhen.name_en}</option>
          {originOptions.map((f) => (
            <option key={f.id} value={f.id}>{fill(t.reachSelected, { name: placeName(f, lang) })}</option>
          ))}
          {airports.map((f) => (
            <option key={f.id} value={f.id}>{fill(t.reachAirport, { name: placeName(f, lang) })}</option>
          ))}
        </select>
      </label>
      {origin.centreOfShape ? <p className="tool-note">{t.reachCentreOfShape}</p> : null}
      <ul className="tool-key">
        <li><span className="tool-swatch ring" aria-hidden="true" />{fill(t.reachRings, { list: REACH_DEFAULTS.ringsKm.map((km) => formatKm(km, lang)).join(' / ') })}</li>
        {REACH_DEFAULTS.bandHours.map((h) => (
          <li key={`road-${h}`}><span className="tool-swatch road" aria-hidden="true" />{fill(t.reachBandRoad, { h, km: formatKm(bandRadiusKm(road, h), lang) })}</li>
        ))}
        {REACH_DEFAULTS.bandHours.map((h) => (
          <li key={`hsr-${h}`}><span className="tool-swatch hsr" aria-hidden="true" />{fill(t.reachBandHsr, { h, km: bandRadiusKm(hsr, h) > 0 ? formatKm(bandRadiusKm(hsr, h), lang) : '—' })}</li>
        ))}
      </ul>
      <p className="tool-result" role="status" aria-live="polite">
        {origin.name}: {airports.length ? fill(t.airportsWithin, { n: rows.filter((r) => r.within).length, total: rows.length, h: hours }) : t.noAirports}
      </p>
      {rows.length ? (
        <table className="tool-table">
          <caption>{t.airports}</caption>
          <thead>
            <tr>
              <th scope="col">{t.airport}</th>
              <th scope="col">{t.straightLine}</th>
              <th scope="col">{t.roadTime}</th>
              <th scope="col">{fill(t.withinClaim, { h: hours })}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-airport-id={row.id}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelectFeature(row.id)}>{lang === 'zh' ? row.name_zh : row.name_en}</button>
                </th>
                <td>{formatKm(row.distanceKm, lang)}</td>
                <td>≈ {formatMinutes(row.roadMinutes, lang)}</td>
                <td className={row.within ? 'yes' : 'no'}>
                  {row.within ? '✓' : '✗'}
                  {row.borderline ? <span className="tool-borderline"> ({t.borderline})</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <p className="tool-note">
        {fill(t.reachAssumptions, {
          roadSpeed: road.speedKmh, roadDetour: road.detourFactor, roadAccess: road.accessMinutes,
          hsrSpeed: hsr.speedKmh, hsrDetour: hsr.detourFactor, hsrAccess: hsr.accessMinutes,
        })}
      </p>
      <p className="tool-caveat">{t.reachCaveat}</p>
    </ToolPanel>
  );
}
