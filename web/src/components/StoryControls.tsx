import { useEffect } from 'react';
import { STRINGS, type Lang } from '../i18n/strings';
import type { StoryStep } from '../text/story-steps';

interface Props {
  steps: StoryStep[];
  index: number;
  /** the current stop's place */
  stopName: string | null;
  lang: Lang;
  onStep: (index: number) => void;
  onEnd: () => void;
}

/** Previous / next through a document's places, naming the current one; ← and → do the same while the walk is on (Esc ends it, in the reader). */
export function StoryControls({ steps, index, stopName, lang, onStep, onEnd }: Props) {
  const t = STRINGS[lang];
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      if (event.key === 'ArrowRight' && index < steps.length - 1) onStep(index + 1);
      if (event.key === 'ArrowLeft' && index > 0) onStep(index - 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, steps.length, onStep]);

  return (
    <div className="story-controls" role="group" aria-label={t.story}>
      <button type="button" onClick={() => onStep(index - 1)} disabled={index <= 0}>
        ← {t.previous}
      </button>
      <span aria-live="polite">
        {t.storyStep(index + 1, steps.length)}
        {stopName ? <span className="story-stop"> · {t.storyStop(stopName)}</span> : null}
      </span>
      <button type="button" onClick={() => onStep(index + 1)} disabled={index >= steps.length - 1}>
        {t.next} →
      </button>
      <button type="button" className="link" onClick={onEnd}>
        {t.storyEnd}
      </button>
    </div>
  );
}
