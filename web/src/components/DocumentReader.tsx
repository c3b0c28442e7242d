import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Mention } from '../../../types/atlas';
import { api } from '../api/client';
import type { Session } from '../api/write-client';
import { EDIT_STRINGS } from '../edit/edit-strings';
import { passageSelection, type PassageSelection } from '../edit/passage-selection';
import { useApiResource } from '../api/use-api-resource';
import { PASSAGE_KIND_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { storySteps } from '../text/story-steps';
import { loadSimplifier } from '../text/to-simplified';
import { ApiErrorNotice } from './ApiErrorNotice';
import { LinkEditor } from './LinkEditor';
import { PassageText } from './PassageText';
import { StoryControls } from './StoryControls';
import { useEscapeKey } from './use-escape-key';

interface Props {
  documentId: string;
  passageId: string | null;
  selectedFeatureId: string | null;
  lang: Lang;
  onClose: () => void;
  onSelectFeature: (featureId: string) => void;
  onHoverFeature: (featureId: string | null) => void;
  /** story mode reached a stop: show that place on the map (and in the address bar) without leaving the reader */
  onStoryStop: (featureId: string) => void;
  /** a place's name in the interface's language, when the app has it */
  placeName: (featureId: string) => string | null;
  documentPlacesOnly: boolean;
  onDocumentPlacesOnly: (documentId: string | null) => void;
  /** the signed-in editor: may add links from a selection and reject automatic ones */
  session?: Session | null;
  /** the atlas revision: the document is read again when it grows (another editor's link) */
  revision?: number | null;
}

/**
 * A whole document in reading order, scrolled to the passage the planner came for. Its head —
 * title, close, story, "only this document", 简/繁 — stays in view however far the text scrolls.
 */
export function DocumentReader({
  documentId,
  passageId,
  selectedFeatureId,
  lang,
  onClose,
  onSelectFeature,
  onHoverFeature,
  onStoryStop,
  placeName,
  documentPlacesOnly,
  onDocumentPlacesOnly,
  session,
  revision = null,
}: Props) {
  const t = STRINGS[lang];
  const e = EDIT_STRINGS[lang];
  const [linking, setLinking] = useState(false);
  const [selection, setSelection] = useState<PassageSelection | null>(null);
  const [clicked, setClicked] = useState<(Mention & { text: string }) | null>(null);
  const [changed, setChanged] = useState(0);
  // read again after a link is added or rejected (here or by another editor), the old one shown meanwhile
  const { data: loaded, error, retry } = useApiResource((signal) => api.document(documentId, signal), [documentId, revision, changed], { keepPrevious: true });
  const document = loaded?.id === documentId ? loaded : null;
  const [simplified, setSimplified] = useState<Map<string, string> | null>(null);
  const [showSimplified, setShowSimplified] = useState(false);
  const [storyIndex, setStoryIndex] = useState<number | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const steps = useMemo(() => (document ? storySteps(document.passages) : []), [document]);
  const step = storyIndex === null ? null : steps[storyIndex];

  const goToStep = useCallback(
    (index: number) => {
      const next = steps[Math.max(0, Math.min(steps.length - 1, index))];
      if (!next) return;
      setStoryIndex(steps.indexOf(next));
      onStoryStop(next.featureId);
      const target = body.current?.querySelector<HTMLElement>(`[data-passage-id="${next.passageId}"]`);
      target?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    },
    [steps, onStoryStop],
  );
  const endStory = useCallback(() => setStoryIndex(null), []);
  // Esc ends the walk first, then closes the reader
  useEscapeKey(storyIndex !== null ? endStory : onClose);

  useEffect(() => {
    setShowSimplified(false);
    setSimplified(null);
    setStoryIndex(null);
  }, [documentId]);

  useEffect(() => {
    if (!document || !passageId) return;
    const target = body.current?.querySelector<HTMLElement>(`[data-passage-id="${passageId}"]`);
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [document, passageId]);

  useEffect(() => {
    if (!showSimplified || simplified || !document) return;
    void loadSimplifier().then((convert) => setSimplified(new Map(document.passages.map((p) => [p.id, convert(p.text)]))));
  }, [showSimplified, simplified, document]);

  const editing = Boolean(session) && linking;
  const onSelectText = () => {
    if (!editing || !body.current) return;
    const picked = passageSelection(window.getSelection(), body.current);
    if (picked) {
      setSelection(picked);
      setClicked(null);
    }
  };
  const onMention = (passageText: string, mentions: Mention[]) => (featureId: string, at: number) => {
    if (!editing) return onSelectFeature(featureId);
    const mention = mentions.find((m) => m.featureId === featureId && m.start <= at && at < m.end);
    if (mention) {
      setClicked({ ...mention, text: passageText.slice(mention.start, mention.end) });
      setSelection(null);
    }
  };

  if (error) {
    return (
      <section className="panel reader">
        <header className="panel-header">
          <h2 id="reader-title">{t.documentFailed}</h2>
          <button type="button" className="close" onClick={onClose} aria-label={t.close}>×</button>
        </header>
        <ApiErrorNotice error={error} lang={lang} onRetry={retry} />
      </section>
    );
  }
  if (!document) return <section className="panel reader" aria-busy="true">{t.loading}</section>;

  const stopName = step ? (placeName(step.featureId) ?? textOfStep(document.passages, step)) : null;
  return (
    <section className="panel reader" aria-labelledby="reader-title">
      <div className="reader-head">
        <header className="panel-header">
          <div>
            <p className="eyebrow">{t.reader}</p>
            <h2 id="reader-title">{document.title}</h2>
            <p className="muted">
              {[document.authors.join('、'), document.publisher, document.date].filter(Boolean).join(' · ')}
            </p>
          </div>
          <button type="button" className="close" onClick={onClose} aria-label={t.close}>×</button>
        </header>
        <div className="reader-tools">
          <label>
            <input type="checkbox" checked={documentPlacesOnly} onChange={(e) => onDocumentPlacesOnly(e.target.checked ? document.id : null)} />
            {t.documentPlaces}
          </label>
          {session ? (
            <label>
              <input type="checkbox" checked={linking} onChange={(ev) => { setLinking(ev.target.checked); setSelection(null); setClicked(null); }} />
              {e.editLinks}
            </label>
          ) : null}
          {storyIndex === null ? (
            <button type="button" onClick={() => goToStep(0)} disabled={steps.length === 0}>
              ▶ {t.story}
            </button>
          ) : (
            <StoryControls steps={steps} index={storyIndex} stopName={stopName} lang={lang} onStep={goToStep} onEnd={endStory} />
          )}
          {document.script === 'Hant' ? (
            <label className="script-toggle">
              <input type="checkbox" checked={showSimplified} onChange={(e) => setShowSimplified(e.target.checked)} />
              {lang === 'zh' ? '以简体显示（原文为繁体）' : 'Show in Simplified (the source is Traditional)'}
            </label>
          ) : null}
        </div>
      </div>
      {editing ? (
        <LinkEditor
          lang={lang} selection={selection} mention={clicked}
          onChanged={() => { setSelection(null); setClicked(null); setChanged((n) => n + 1); }}
          onDismiss={() => { setSelection(null); setClicked(null); }}
        />
      ) : null}
      <div className={`reader-body${editing ? ' linking' : ''}`} onMouseUp={onSelectText} onKeyUp={onSelectText} onTouchEnd={onSelectText} ref={body} lang={document.script === 'Hant' && !showSimplified ? 'zh-Hant' : 'zh-Hans'}>
        {document.passages.map((passage) => {
          const Tag = passage.kind === 'title' ? 'h3' : passage.kind === 'heading' ? 'h4' : 'p';
          const active = step ? passage.id === step.passageId : passage.id === passageId;
          return (
            <Tag
              key={passage.id}
              id={passage.id}
              data-passage-id={passage.id}
              tabIndex={-1}
              className={`passage kind-${passage.kind}${active ? ' active' : ''}`}
              title={passage.kind === 'caption' || passage.kind === 'meta' || passage.kind === 'byline' ? PASSAGE_KIND_LABELS[lang][passage.kind] : undefined}
            >
              <PassageText
                passage={passage}
                displayText={showSimplified ? simplified?.get(passage.id) : undefined}
                highlights={
                  step
                    ? step.passageId === passage.id
                      ? [step]
                      : undefined
                    : selectedFeatureId
                      ? passage.mentions.filter((m) => m.featureId === selectedFeatureId)
                      : undefined
                }
                lang={lang}
                onMention={onMention(passage.text, passage.mentions)}
                onHoverMention={onHoverFeature}
              />
            </Tag>
          );
        })}
      </div>
    </section>
  );
}

/** The place's name as the passage writes it, when the app has no record of it loaded. */
function textOfStep(passages: { id: string; text: string }[], step: { passageId: string; start: number; end: number }): string {
  return passages.find((p) => p.id === step.passageId)?.text.slice(step.start, step.end) ?? '';
}
