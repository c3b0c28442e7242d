import { useEffect } from 'react';
import { STRINGS, type Lang } from '../i18n/strings';
import type { StoryStep } from '../text/story-steps';

interface Props {
  steps: StoryStep[];
  index: number;
  lang: Lang;
  onStep: (index: number) => void;
  onEnd: () => void;
}

/** Previous / next through a document's places; ← and → do the same while the walk is on. */
export function StoryControls({ steps, index, lang, onStep, onEnd }: Props) {
  const t = STRINGS[lang];
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      if (event.key === 'ArrowRight' && index < steps.length - 1) onStep(index + 1);
      if (event.key === 'ArrowLeft' && index > 0) onStep(index - 1);
      if (event.key === 'Escape') onEnd();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [index, steps.length, onStep, onEnd]);

  return (
    <div className="story-controls" role="group" aria-label={t.story}>
      <button type="button" onClick={() => onStep(index - 1)} disabled={index <= 0}>
        ← {t.previous}
      </button>
      <span aria-live="polite">{t.storyStep(index + 1, steps.length)}</span>
      <button type="button" onClick={() => onStep(index + 1)} disabled={index >= steps.length - 1}>
        {t.next} →
      </button>
      <button type="button" className="link" onClick={onEnd}>
        {t.storyEnd}
      </button>
    </div>
  );
}
