import { useEffect, useRef, useState } from 'react';
import type { Geometry } from 'geojson';
import { PRECISIONS, STATUSES } from '../../../types/atlas';
import type { FeatureWithPassages } from '../../../types/atlas';
import { WriteError, writeApi } from '../api/write-client';
import { EDIT_STRINGS } from '../edit/edit-strings';
import type { GeometryEditor } from '../edit/geometry-editor';
import { placePatch, twinsToDrop, type PlaceEdits } from '../edit/place-patch';
import { PRECISION_LABELS, STATUS_LABELS, STRINGS, type Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';

interface Props {
  featureId: string;
  lang: Lang;
  atlas: AtlasMap | null;
  /** saved: the place changed (the panel reads it again) */
  onDone: (saved: boolean) => void;
}

type Outcome = { kind: 'stale' } | { kind: 'refused'; detail: string; problems: string[] } | { kind: 'unchanged' } | null;

function editsOf(feature: FeatureWithPassages): PlaceEdits {
  const p = feature.properties;
  return {
    status: p.status,
    precision: p.precision,
    geometrySource: p.geometrySource,
    notes: p.notes ?? '',
    ...(p.geometrySource_zh !== undefined ? { geometrySource_zh: p.geometrySource_zh } : {}),
    ...(p.notes_zh !== undefined ? { notes_zh: p.notes_zh } : {}),
  };
}

/**
 * The edit mode of a place: status, precision, geometry source and notes, its geometry on the map
 * (terra-draw), and a reason. Sends only what changed, as a merge patch with the ETag read when
 * editing began: if someone else saved in between, the server refuses (412) and nothing is lost.
 */
export function PlaceEditor({ featureId, lang, atlas, onDone }: Props) {
  const t = EDIT_STRINGS[lang];
  const read = STRINGS[lang];
  const [base, setBase] = useState<{ feature: FeatureWithPassages; etag: string } | null>(null);
  const [edits, setEdits] = useState<PlaceEdits | null>(null);
  const [geometry, setGeometry] = useState<Geometry | null>(null);
  const [drawing, setDrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const editor = useRef<{ session: GeometryEditor | null; release: () => void; cancelled: boolean } | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    setOutcome(null);
    writeApi.feature(featureId, abort.signal).then(
      (loaded) => {
        setBase(loaded);
        setEdits(editsOf(loaded.feature));
        setGeometry(null);
      },
      (e: Error) => !abort.signal.aborted && setLoadError(e.message),
    );
    return () => abort.abort();
  }, [featureId, attempt]);

  const stopDrawing = () => {
    const current = editor.current;
    if (!current) return;
    current.cancelled = true;
    current.session?.stop();
    current.release();
    editor.current = null;
    setDrawing(false);
  };
  // leaving the edit mode, however, gives the map back
  useEffect(() => stopDrawing, []);

  const startDrawing = async () => {
    if (!atlas || !base || editor.current) return;
    const { editGeometry, isEditableGeometry } = await import('../edit/geometry-editor');
    const shape = geometry ?? base.feature.geometry;
    if (!isEditableGeometry(shape)) {
      setOutcome({ kind: 'refused', detail: t.notEditableGeometry, problems: [] });
      return;
    }
    const lent = atlas.lendMap();
    const handle = { session: null as GeometryEditor | null, release: lent.release, cancelled: false };
    editor.current = handle;
    setDrawing(true);
    try {
      const session = await editGeometry(lent.map, shape, setGeometry);
      if (handle.cancelled) session.stop();
      else handle.session = session;
    } catch (e) {
      stopDrawing();
      setOutcome({ kind: 'refused', detail: (e as Error).message, problems: [] });
    }
  };

  if (loadError) return <p role="alert">{loadError}</p>;
  if (!base || !edits) return <p aria-busy="true">{read.loading}</p>;

  // Chinese twins the server would drop on this save: said beside them, before saving
  const dropping = twinsToDrop(base.feature, edits);
  const set = (field: keyof PlaceEdits) => (event: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
    setEdits({ ...edits, [field]: event.target.value });

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setOutcome({ kind: 'refused', detail: t.reasonRequired, problems: [] });
      return;
    }
    const patch = placePatch(base.feature, edits, geometry ?? undefined);
    if (patch === undefined) {
      setOutcome({ kind: 'unchanged' });
      return;
    }
    setBusy(true);
    setOutcome(null);
    try {
      await writeApi.patchFeature(featureId, patch, base.etag, reason.trim());
      stopDrawing();
      onDone(true);
    } catch (e) {
      if (e instanceof WriteError && e.status === 412) setOutcome({ kind: 'stale' });
      else setOutcome({ kind: 'refused', detail: (e as Error).message, problems: e instanceof WriteError ? e.problems : [] });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="place-editor" onSubmit={(e) => void save(e)} aria-label={t.editPlace}>
      <h3>{t.editPlace}</h3>
      <label>
        {read.status}
        <select name="status" value={edits.status} onChange={set('status')}>
          {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[lang][s]}</option>)}
        </select>
      </label>
      <label>
        {read.precision}
        <select name="precision" value={edits.precision} onChange={set('precision')}>
          {PRECISIONS.map((p) => <option key={p} value={p}>{PRECISION_LABELS[lang][p]}</option>)}
        </select>
      </label>
      <label>
        {read.geometrySource}
        <input name="geometrySource" value={edits.geometrySource} onChange={set('geometrySource')} required />
      </label>
      {edits.geometrySource_zh !== undefined ? (
        <label>
          {t.geometrySourceZh}
          <input name="geometrySource_zh" value={edits.geometrySource_zh} onChange={set('geometrySource_zh')} lang="zh" aria-describedby={dropping.includes('geometrySource_zh') ? 'drop-geometrySource_zh' : undefined} />
          {dropping.includes('geometrySource_zh') ? <span className="hint" id="drop-geometrySource_zh" role="status">{t.twinWillBeDropped}</span> : null}
        </label>
      ) : null}
      <label>
        {read.notes}
        <textarea name="notes" rows={3} value={edits.notes} onChange={set('notes')} />
      </label>
      {edits.notes_zh !== undefined ? (
        <label>
          {t.notesZh}
          <textarea name="notes_zh" rows={3} value={edits.notes_zh} onChange={set('notes_zh')} lang="zh" aria-describedby={dropping.includes('notes_zh') ? 'drop-notes_zh' : undefined} />
          {dropping.includes('notes_zh') ? <span className="hint" id="drop-notes_zh" role="status">{t.twinWillBeDropped}</span> : null}
        </label>
      ) : null}
      <div className="geometry-edit">
        {drawing ? <p className="hint">{t.movingHint}</p> : <button type="button" onClick={() => void startDrawing()} disabled={!atlas}>{t.moveOnMap}</button>}
        {geometry ? <span className="changed" data-testid="geometry-changed">{t.geometryChanged}</span> : null}
      </div>
      <label>
        {t.reason}
        <input name="reason" value={reason} onChange={(e) => setReason(e.target.value)} required maxLength={500} />
      </label>
      {outcome?.kind === 'stale' ? (
        <div className="form-error stale" role="alert">
          <p>{t.stale}</p>
          <button type="button" onClick={() => { stopDrawing(); setAttempt((n) => n + 1); }}>{t.reload}</button>
        </div>
      ) : null}
      {outcome?.kind === 'refused' ? (
        <div className="form-error" role="alert">
          <p>{t.refused}{outcome.problems.length ? '' : outcome.detail}</p>
          {outcome.problems.length ? <ul>{outcome.problems.map((p) => <li key={p}>{p}</li>)}</ul> : null}
        </div>
      ) : null}
      {outcome?.kind === 'unchanged' ? <p className="hint" role="status">{t.nothingChanged}</p> : null}
      <div className="form-actions">
        <button type="submit" disabled={busy || outcome?.kind === 'stale'}>{busy ? t.saving : t.save}</button>
        <button type="button" onClick={() => { stopDrawing(); onDone(false); }}>{t.cancel}</button>
      </div>
    </form>
  );
}
