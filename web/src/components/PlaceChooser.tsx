import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { STRINGS, type Lang } from '../i18n/strings';
import type { PlaceChoice } from '../map/atlas-map';
import { LAYER_COLOURS } from '../map/thematic-palette';
import type { LayerId } from '../../../types/atlas';

interface Props {
  choices: PlaceChoice[];
  /** where the click was, in map pixels */
  at: { x: number; y: number };
  lang: Lang;
  onChoose: (featureId: string) => void;
  onClose: () => void;
}

/**
 * "Which one?": several places share the clicked spot, so the planner names the one meant. A
 * small dialog at the click, its first button focused; Escape or a click elsewhere closes it.
 */
export function PlaceChooser({ choices, at, lang, onChoose, onClose }: Props) {
  const t = STRINGS[lang];
  const dialog = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ left: at.x + 8, top: at.y + 8 });

  // beside the click, turned back inside the map near its right or bottom edge
  useLayoutEffect(() => {
    const box = dialog.current;
    const map = box?.parentElement;
    if (!box || !map) return;
    const fit = (from: number, size: number, room: number) => (from + 8 + size <= room ? from + 8 : Math.max(0, from - 8 - size));
    setPlace({ left: fit(at.x, box.offsetWidth, map.clientWidth), top: fit(at.y, box.offsetHeight, map.clientHeight) });
  }, [at.x, at.y]);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    dialog.current?.querySelector('button')?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    const onPointer = (event: PointerEvent) => {
      if (!dialog.current?.contains(event.target as Node)) onClose();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer, true);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer, true);
      opener?.focus?.({ preventScroll: true });
    };
  }, [onClose]);

  return (
    <div ref={dialog} className="place-chooser" role="dialog" aria-label={t.whichPlace} style={place}>
      <p className="place-chooser-title">{t.whichPlace}</p>
      <ul>
        {choices.map((choice) => (
          <li key={choice.id}>
            <button type="button" onClick={() => onChoose(choice.id)}>
              <span className="swatch swatch-point" style={{ ['--swatch' as string]: LAYER_COLOURS[choice.layer as LayerId] ?? '#555' }} aria-hidden="true" />
              <span lang="zh-Hans">{choice.name_zh}</span>
              {lang === 'en' && choice.name_en ? <span className="muted" lang="en"> · {choice.name_en}</span> : null}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
