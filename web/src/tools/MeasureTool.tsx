import { useEffect, useMemo, useReducer, useState } from 'react';
import { formatKm, formatKm2 } from './format-units';
import { measureArea, measurePath, sketchGeoJSON } from './measure';
import { EMPTY_SKETCH, minVertices, sketchReducer, type SketchMode } from './sketch';
import { TOOL_STRINGS, fill } from './tool-strings';
import { TOOL_SOURCES, measureLayers } from './tool-styles';
import { ToolPanel, type PlannerToolProps } from './ToolPanel';
import { useMapOverlay } from './use-map-overlay';

type Props = Pick<PlannerToolProps, 'atlas' | 'lang'>;

/**
 * Distance along a clicked path (each leg and the total) or the area and perimeter of a drawn
 * polygon. Mouse: click adds, double-click finishes. Keys: Enter finishes, Escape cancels,
 * Backspace removes the last vertex; "add vertex at map centre" works without a mouse.
 */
export function MeasureTool({ atlas, lang }: Props) {
  const t = TOOL_STRINGS[lang];
  const [open, setOpen] = useState(false);
  const [sketch, dispatch] = useReducer(sketchReducer, EMPTY_SKETCH);
  const data = useMemo(() => sketchGeoJSON(sketch), [sketch]);
  const drawn = useMapOverlay(open ? atlas : null, TOOL_SOURCES.measure, measureLayers, data);

  useEffect(() => {
    // While measuring, a click on the map places a vertex and nothing else; a double-click
    // finishes. AtlasMap's one click path hands them here instead of opening the place.
    if (!drawn || !atlas) return;
    return atlas.captureClicks({
      onClick: (at) => dispatch({ type: 'add', at }),
      onDoubleClick: () => dispatch({ type: 'finish' }),
    });
  }, [drawn, atlas]);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || typesText(event.target)) return;
      if (event.key === 'Escape') dispatch({ type: 'cancel' });
      else if (event.key === 'Backspace') dispatch({ type: 'undo' });
      // Enter on a focused button presses that button, nothing more
      else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) dispatch({ type: 'finish' });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [open]);

  const addAtCentre = () => {
    const centre = atlas?.center();
    if (centre) dispatch({ type: 'add', at: centre });
  };

  const path = measurePath(sketch.vertices);
  const area = sketch.mode === 'area' ? measureArea(sketch.vertices) : null;
  const count = sketch.vertices.length;
  let summary: string;
  if (count === 0) summary = t.measureEmpty;
  else if (sketch.mode === 'distance') summary = `${t.total}: ${formatKm(path.totalKm, lang)} · ${fill(t.vertices, { n: count })}`;
  else if (area) summary = `${t.area}: ${formatKm2(area.areaKm2, lang)} · ${t.perimeter}: ${formatKm(area.perimeterKm, lang)} · ${fill(t.vertices, { n: count })}`;
  else summary = `${fill(t.vertices, { n: count })} · ${t.needMoreVertices}`;

  return (
    <ToolPanel label={t.measureTool} open={open} onToggle={setOpen} className="tool-measure">
      <fieldset className="tool-mode">
        <legend>{t.measureMode}</legend>
        {(['distance', 'area'] as SketchMode[]).map((mode) => (
          <label key={mode}>
            <input type="radio" name="measure-mode" value={mode} checked={sketch.mode === mode} onChange={() => dispatch({ type: 'mode', mode })} />
            {mode === 'distance' ? t.measureDistance : t.measureArea}
          </label>
        ))}
      </fieldset>
      <p className="tool-help">{t.measureHelp}</p>
      <div className="tool-actions">
        <button type="button" onClick={addAtCentre} disabled={!drawn}>{t.addVertexAtCentre}</button>
        <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={count === 0}>{t.removeLastVertex}</button>
        <button type="button" onClick={() => dispatch({ type: 'finish' })} disabled={sketch.finished || count < minVertices(sketch.mode)}>{t.finishMeasure}</button>
        <button type="button" onClick={() => dispatch({ type: 'cancel' })} disabled={count === 0}>{t.clearMeasure}</button>
      </div>
      <p className="tool-result" role="status" aria-live="polite" data-finished={sketch.finished}>{summary}</p>
      {area?.selfIntersecting ? <p className="tool-warning">{t.selfIntersecting}</p> : null}
      {sketch.mode === 'distance' && path.legsKm.length > 1 ? (
        <ol className="tool-legs">
          {path.legsKm.map((km, i) => (
            <li key={i}>{fill(t.leg, { n: i + 1 })}: {formatKm(km, lang)}</li>
          ))}
        </ol>
      ) : null}
      <p className="tool-note">{t.measureGeodesic}</p>
    </ToolPanel>
  );
}

/** Keys typed into a field belong to the field, not to the measurement. */
function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // keys inside a dialog (the print view) are the dialog's
  return Boolean(target.closest('dialog')) || target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}
