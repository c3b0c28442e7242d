import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { api } from '../api/client';
import { useApiResource } from '../api/use-api-resource';
import { PASSAGE_KIND_LABELS, STRINGS, type Lang } from '../i18n/strings';
import { storySteps } from '../text/story-steps';
import { loadSimplifier } from '../text/to-simplified';
import { ApiErrorNotice } from './ApiErrorNotice';
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
}: Props) {
  const t = STRINGS[lang];
  const { data: loaded, error, retry } = useApiResource((signal) => api.document(documentId, signal), [documentId]);
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
      <div className="reader-body" ref={body} lang={document.script === 'Hant' && !showSimplified ? 'zh-Hant' : 'zh-Hans'}>
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
                onMention={onSelectFeature}
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
