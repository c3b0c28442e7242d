import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LayerDescriptor, LayerId, Passage, Status } from '../../../types/atlas';
import { STATUSES } from '../../../types/atlas';
import { documentWrites, WriteRefused, type UploadedDocument } from '../api/document-writes';
import { csrfHeaders, type Session } from '../state/use-session';
import { PRECISION_LABELS, STATUS_LABELS, type Lang } from '../i18n/strings';
import type { AtlasMap } from '../map/atlas-map';
import { useMapOverlay } from '../tools/use-map-overlay';
import { CLICK_PRECISIONS, proposalFeature, suggestionPoint, type ClickPrecision, type Proposal } from './proposal-feature';
import { PROPOSAL_SOURCE, proposalLayers } from './proposal-styles';
import { TroubleMessage } from './TroubleMessage';
import type { UploadTrouble } from './upload-problem';
import { UPLOAD_STRINGS } from './upload-strings';
import { useMapClick } from './use-map-click';

interface Props {
  lang: Lang;
  document: UploadedDocument;
  session: Session;
  atlas: AtlasMap | null;
  descriptors: LayerDescriptor[];
  refreshLayers: () => Promise<void>;
}

interface Outcome {
  proposalId: string;
  message: string;
}

/**
 * Place-like names of the document that match no place: each with the passages that name it and
 * the text's own hint of where it is. The editor places one by clicking the map (or takes the
 * suggestion), says how precise that is, and adds it; or rejects it as no place.
 */
export function ProposalQueue({ lang, document, session, atlas, descriptors, refreshLayers }: Props) {
  const t = UPLOAD_STRINGS[lang];
  const [proposals, setProposals] = useState<Proposal[] | null>(null);
  const [loadTrouble, setLoadTrouble] = useState<UploadTrouble | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [placed, setPlaced] = useState<{ at: [number, number]; fromSuggestion: boolean } | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    documentWrites.proposals(document.id, abort.signal).then(setProposals, (err: unknown) => {
      if (abort.signal.aborted) return;
      setProposals([]);
      if (err instanceof WriteRefused) setLoadTrouble(err.trouble);
    });
    return () => abort.abort();
  }, [document.id]);

  const current = proposals?.find((p) => p.id === active) ?? null;
  const overlay = useMemo<GeoJSON.FeatureCollection>(() => ({
    type: 'FeatureCollection',
    features: [
      ...(proposals ?? []).filter((p) => p.suggestion && (!active || p.id === active)).map((p) => ({
        type: 'Feature' as const, geometry: p.suggestion!.geometry, properties: { part: 'suggestion', proposal: p.id },
      })),
      ...(placed ? [{ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: placed.at }, properties: { part: 'placed' } }] : []),
    ],
  }), [proposals, active, placed]);
  const map = useMapOverlay(proposals && proposals.length > 0 ? atlas : null, PROPOSAL_SOURCE, proposalLayers, overlay);

  const onMapClick = useCallback((at: [number, number]) => setPlaced({ at, fromSuggestion: false }), []);
  // while placing, the map's clicks are ours: they do not open the place under the pointer
  const [placingMap, setPlacingMap] = useState<ReturnType<NonNullable<typeof atlas>['lendMap']>['map'] | null>(null);
  useEffect(() => {
    if (!active || !atlas) return;
    const loan = atlas.lendMap();
    setPlacingMap(loan.map);
    return () => {
      loan.release();
      setPlacingMap(null);
    };
  }, [active, atlas]);
  useMapClick(placingMap, onMapClick, () => setActive(null));

  const passagesById = useMemo(() => new Map<string, Passage>((document.passages ?? []).map((p) => [p.id, p])), [document.passages]);
  const start = (proposal: Proposal) => {
    setActive(proposal.id);
    setPlaced(null);
    setOutcome(null);
    const hint = suggestionPoint(proposal.suggestion);
    // clear of the panel: it floats over a laptop's map; a phone's sheet sits below the map
    const padding = window.innerWidth <= 760 ? 0 : { top: 0, left: 0, bottom: 0, right: 440 };
    if (hint && atlas) atlas.easeTo(hint, 12, padding);
  };
  const done = (proposal: Proposal, message: string) => {
    setProposals((list) => (list ?? []).filter((p) => p.id !== proposal.id));
    setActive(null);
    setPlaced(null);
    setOutcome({ proposalId: proposal.id, message });
  };

  if (!proposals) return <p className="muted">…</p>;
  return (
    <section className="proposals" aria-labelledby="proposals-title">
      <h3 id="proposals-title">{t.proposals} <span className="muted">({proposals.length})</span></h3>
      {outcome ? <p role="status" className="upload-done">{outcome.message}</p> : null}
      {loadTrouble ? <TroubleMessage lang={lang} trouble={loadTrouble} /> : null}
      {proposals.length === 0 ? <p className="muted">{t.noProposals}</p> : null}
      <ul className="proposal-list">
        {proposals.map((proposal) => (
          <li key={proposal.id} className={`proposal${proposal.id === active ? ' active' : ''}`} data-proposal={proposal.id}>
            <h4>{proposal.name}</h4>
            <ul className="proposal-passages">
              {proposal.passageIds.slice(0, 3).map((id) => (
                <li key={id}><Excerpt text={passagesById.get(id)?.text ?? id} name={proposal.name} /></li>
              ))}
              {proposal.passageIds.length > 3 ? <li className="muted">+{proposal.passageIds.length - 3}</li> : null}
            </ul>
            <p className="small">
              <span className="muted">{t.suggestion}: </span>
              {proposal.suggestion ? <>{proposal.suggestion.basis} <span className={`precision precision-${proposal.suggestion.precision}`}>{PRECISION_LABELS[lang][proposal.suggestion.precision]}</span></> : t.noSuggestion}
            </p>
            {proposal.id === active && current ? (
              <PlacementForm
                lang={lang} proposal={current} placed={placed} atlas={atlas} session={session} document={document} descriptors={descriptors}
                onPlace={setPlaced} onCancel={() => { setActive(null); setPlaced(null); }}
                onAccepted={async (name) => { await refreshLayers(); done(current, t.accepted(name)); }}
              />
            ) : (
              <div className="proposal-actions">
                <button type="button" onClick={() => start(proposal)}>{t.place}</button>
                <RejectButton lang={lang} proposal={proposal} session={session} onRejected={() => done(proposal, t.rejected(proposal.name))} />
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A passage cut around the proposed name, the name marked. */
function Excerpt({ text, name }: { text: string; name: string }) {
  const at = text.indexOf(name);
  if (at < 0) return <>{text.length > 120 ? `${text.slice(0, 119)}…` : text}</>;
  const from = Math.max(0, at - 40);
  const to = Math.min(text.length, at + name.length + 40);
  return (
    <>{from > 0 ? '…' : ''}{text.slice(from, at)}<mark>{name}</mark>{text.slice(at + name.length, to)}{to < text.length ? '…' : ''}</>
  );
}

function RejectButton({ lang, proposal, session, onRejected }: { lang: Lang; proposal: Proposal; session: Session; onRejected: () => void }) {
  const t = UPLOAD_STRINGS[lang];
  const [trouble, setTrouble] = useState<UploadTrouble | null>(null);
  const reject = async () => {
    try {
      await documentWrites.reject(proposal.id, csrfHeaders(session));
      onRejected();
    } catch (err) {
      if (err instanceof WriteRefused) setTrouble(err.trouble);
      else throw err;
    }
  };
  return (
    <>
      <button type="button" onClick={() => void reject()}>{t.reject}</button>
      {trouble ? <TroubleMessage lang={lang} trouble={trouble} /> : null}
    </>
  );
}

interface PlacementProps {
  lang: Lang;
  proposal: Proposal;
  placed: { at: [number, number]; fromSuggestion: boolean } | null;
  atlas: AtlasMap | null;
  session: Session;
  document: UploadedDocument;
  descriptors: LayerDescriptor[];
  onPlace: (placed: { at: [number, number]; fromSuggestion: boolean }) => void;
  onCancel: () => void;
  onAccepted: (name: string) => Promise<void>;
}

function PlacementForm({ lang, proposal, placed, atlas, session, document, descriptors, onPlace, onCancel, onAccepted }: PlacementProps) {
  const t = UPLOAD_STRINGS[lang];
  // a click places a point: only point layers take it
  const pointLayers = descriptors.filter((d) => d.geometryType === 'Point' && d.delivery !== 'vector');
  const [precision, setPrecision] = useState<ClickPrecision>(proposal.suggestion?.precision === 'approximate' ? 'approximate' : 'indicative');
  const [layer, setLayer] = useState<string>(pointLayers[0]?.id ?? '');
  const [nameEn, setNameEn] = useState('');
  const [category, setCategory] = useState('');
  const [status, setStatus] = useState<Status>('existing');
  const [trouble, setTrouble] = useState<UploadTrouble | null>(null);
  const [busy, setBusy] = useState(false);
  const hint = suggestionPoint(proposal.suggestion);
  const ready = placed && layer && category.trim();

  const accept = async () => {
    if (!placed || !ready) return;
    setBusy(true);
    setTrouble(null);
    const feature = proposalFeature({
      proposal, at: placed.at, precision, layer: layer as LayerId, category, status, nameEn, editor: session.user,
      documentTitle: document.title || document.sourceFile || document.id, fromSuggestion: placed.fromSuggestion,
    });
    try {
      await documentWrites.accept(proposal.id, feature, csrfHeaders(session));
      await onAccepted(proposal.name);
    } catch (err) {
      setBusy(false);
      if (err instanceof WriteRefused) setTrouble(err.trouble);
      else throw err;
    }
  };

  return (
    <form className="placement" onSubmit={(event) => { event.preventDefault(); void accept(); }}>
      <p className="tool-help" role="status">
        {placed ? t.placed(placed.at[0].toFixed(5), placed.at[1].toFixed(5)) : t.placing}
      </p>
      <div className="proposal-actions">
        {hint ? <button type="button" onClick={() => onPlace({ at: hint, fromSuggestion: true })}>{t.placeAtSuggestion}</button> : null}
        <button type="button" disabled={!atlas} onClick={() => { if (atlas) onPlace({ at: atlas.center(), fromSuggestion: false }); }}>{t.placeAtCentre}</button>
      </div>
      <fieldset className="tool-mode">
        <legend>{t.precisionOfClick}</legend>
        {CLICK_PRECISIONS.map((p) => (
          <label key={p}>
            <input type="radio" name={`precision-${proposal.id}`} value={p} checked={precision === p} onChange={() => setPrecision(p)} />
            {PRECISION_LABELS[lang][p]}
          </label>
        ))}
      </fieldset>
      <label className="field"><span>{t.nameEn}</span><input type="text" name="name_en" value={nameEn} placeholder={t.nameEnDefault} onChange={(e) => setNameEn(e.target.value)} /></label>
      <label className="field">
        <span>{t.layer}</span>
        <select name="layer" value={layer} onChange={(e) => setLayer(e.target.value)}>
          {pointLayers.map((d) => <option key={d.id} value={d.id}>{lang === 'zh' ? d.title_zh : d.title_en}</option>)}
        </select>
      </label>
      <label className="field"><span>{t.category}</span><input type="text" name="category" value={category} required onChange={(e) => setCategory(e.target.value)} /></label>
      <label className="field">
        <span>{t.status}</span>
        <select name="status" value={status} onChange={(e) => setStatus(e.target.value as Status)}>
          {STATUSES.map((s) => <option key={s} value={s}>{STATUS_LABELS[lang][s]}</option>)}
        </select>
      </label>
      <div className="proposal-actions">
        <button type="submit" className="primary" disabled={!ready || busy}>{t.accept}</button>
        <button type="button" onClick={onCancel}>{t.cancel}</button>
      </div>
      {trouble ? <TroubleMessage lang={lang} trouble={trouble} /> : null}
    </form>
  );
}
